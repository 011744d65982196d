#!/usr/bin/env bash
# Benchmarks the emulator against the ceiling of its stack (a bare ASP.NET Core minimal API returning a constant
# Klikoo line) and against what users would pick instead (WireMock.Net standalone), in one run, in alternating
# rounds, each server a fresh process; both as JIT builds and as Native AOT binaries. Prints requests/s, p50, p99,
# peak memory (VmHWM), cold start to the first correct reply and the machine's load, with ratios to the bare Kestrel
# row of the same build kind (JIT or AOT) in the same round.
#
#   bench/run.sh                      two rounds, 10 s of load each (about 8 minutes with the AOT publishes)
#   ROUNDS=1 DURATION=5s bench/run.sh a quick look
#   AOT=0 bench/run.sh                JIT rows only (no clang needed, no AOT publish)
#   EMULATOR=path/to/Host bench/run.sh   another emulator host project (default emulator/Klikoo.Emulator)
#   REDIS=0 bench/run.sh              leaves out the shared-state rows (they need redis-server)
#
# The emulator-redis rows run the JIT emulator with --redis on a redis-server this script starts on the same
# machine (no persistence, flushed before each row): an inquiry must not touch Redis and should match the in-memory
# inquiry; a buy makes two to three round trips to Redis (read, create, resolve with its charge).
#
# The AOT emulator's inquiry row keeps its process under load until it has served TOPUP_REQUESTS requests (default
# 1,000,000) before reading VmHWM, the memory target's condition. wrk and the servers share this machine's cores:
# compare figures within one run only, and read them with the load column.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
ROUNDS=${ROUNDS:-2}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
CONNECTIONS=${CONNECTIONS:-32}
AOT=${AOT:-1}
REDIS=${REDIS:-1}
TOPUP_REQUESTS=${TOPUP_REQUESTS:-1000000}
EMULATOR=${EMULATOR:-emulator/Klikoo.Emulator}
emulator_name=$(basename "$EMULATOR")
rid=linux-x64
out=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$out"' EXIT

command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y -qq wrk >/dev/null; }
echo "publishing Release builds..."
dotnet publish "$EMULATOR" -c Release -o "$out/emulator" -p:UseAppHost=false >/dev/null
dotnet publish bench/Klikoo.Bench.Kestrel -c Release -o "$out/kestrel" -p:UseAppHost=false >/dev/null
dotnet publish bench/Klikoo.Bench.WireMock -c Release -o "$out/wiremock" -p:UseAppHost=false >/dev/null
aot_servers=()
if [ "$AOT" = 1 ]; then
  echo "publishing Native AOT binaries (minutes each; needs clang and zlib1g-dev)..."
  if dotnet publish bench/Klikoo.Bench.Kestrel -c Release -r "$rid" -p:PublishAot=true -o "$out/kestrel-aot" >"$out/kestrel-aot.log" 2>&1; then
    aot_servers+=(bare-kestrel-aot)
    if dotnet publish "$EMULATOR" -c Release -r "$rid" -p:PublishAot=true -o "$out/emulator-aot" >"$out/emulator-aot.log" 2>&1; then
      aot_servers+=(emulator-aot-inquiry-fixture emulator-aot-inquiry-new-numbers emulator-aot-buy)
    else
      echo "the emulator's AOT publish failed, its rows are left out:"; grep -E 'error|warning' "$out/emulator-aot.log" | sort -u | head -20
    fi
  else
    echo "the bare Kestrel AOT publish failed (clang and zlib1g-dev installed?), AOT rows are left out:"; tail -5 "$out/kestrel-aot.log"
  fi
fi

redis_servers=()
redis_port=6390
if [ "$REDIS" = 1 ]; then
  if command -v redis-server >/dev/null || { echo "installing redis-server"; apt-get install -y -qq redis-server >/dev/null 2>&1; }; then
    redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --dir "$out" --daemonize no >"$out/redis.log" 2>&1 &
    until redis-cli -p "$redis_port" ping >/dev/null 2>&1; do sleep 0.05; done
    redis_servers=(emulator-redis-inquiry-fixture emulator-redis-buy)
  else
    echo "no redis-server: the shared-state rows are left out"
  fi
fi

# The shipped fixtures, the sample client's balance raised to the most a fixture allows: at 100,000,000 rupiah it
# runs out after about 10,000 buys of OVO10, and the buy row would measure "Saldo tidak mencukupi" failures.
mkdir -p "$out/fixtures"
cp -r fixtures/. "$out/fixtures/"
sed -i -E 's/^( +balance: )100000000$/\1999999999999999/' "$out/fixtures/clients.yaml"
grep -q 'balance: 999999999999999' "$out/fixtures/clients.yaml" || { echo "could not raise the sample client's balance" >&2; exit 1; }

creds="client_id=c17229eb-3d2b-4576-8f5d-c2e716da764b&client_secret=gvxzqypljtoukfanckakaa9z0md4x5aj&idrs=IDRS&pin=123456"
ovo_path="/v1/irs/inquiry?$creds&product_code=OVO10&ref_id=1&to=081000000001"
port=5190
# Figures per "name round": rps, p50, p99 (ms), VmHWM (MiB), cold start (ms), requests served before VmHWM, load.
declare -A rps p50 p99 hwm cold served load

# start NAME: starts the server for NAME on $port, sets $pid, $url and $script, measures the cold start in ms:
# from the start of the process to the first reply that is the right Klikoo line.
start() {
  local name=$1 started reply
  local settings=(--urls "http://127.0.0.1:$port" --Klikoo:Fixtures="$out/fixtures" --Logging:LogLevel:Default=Warning)
  local jit=(dotnet "$out/emulator/$emulator_name.dll" "${settings[@]}") aot=("$out/emulator-aot/$emulator_name" "${settings[@]}")
  local shared=("${jit[@]}" --redis "127.0.0.1:$redis_port")
  [[ $name == emulator-redis-* ]] && redis-cli -p "$redis_port" flushall >/dev/null
  script="" script_args="" url="http://127.0.0.1:$port/"
  started=$(date +%s%N)
  case $name in
    emulator-inquiry-fixture) "${jit[@]}" >/dev/null 2>&1 & url="http://127.0.0.1:$port$ovo_path" ;;
    emulator-inquiry-generated) "${jit[@]}" >/dev/null 2>&1 & url="http://127.0.0.1:$port/v1/irs/inquiry?$creds&product_code=PLN20&ref_id=1&to=01234567890" ;;
    emulator-inquiry-new-numbers) "${jit[@]}" >/dev/null 2>&1 & script="-s bench/new-customer.lua" ;;
    emulator-buy) "${jit[@]}" >/dev/null 2>&1 & script="-s bench/buy.lua" ;;
    # A family declared in the fixtures (docs/fixtures.md#families): a game id with its zone, against OVO's rows.
    emulator-inquiry-catalogue) "${jit[@]}" >/dev/null 2>&1 & url="http://127.0.0.1:$port/v1/irs/inquiry?$creds&product_code=ML86&ref_id=1&to=123456789%281234%29" ;;
    emulator-buy-catalogue) "${jit[@]}" >/dev/null 2>&1 & script="-s bench/buy.lua" script_args="ML86 123456789%281234%29" ;;
    emulator-redis-inquiry-fixture) "${shared[@]}" >/dev/null 2>&1 & url="http://127.0.0.1:$port$ovo_path" ;;
    emulator-redis-buy) "${shared[@]}" >/dev/null 2>&1 & script="-s bench/buy.lua" ;;
    emulator-aot-inquiry-fixture) "${aot[@]}" >/dev/null 2>&1 & url="http://127.0.0.1:$port$ovo_path" ;;
    emulator-aot-inquiry-new-numbers) "${aot[@]}" >/dev/null 2>&1 & script="-s bench/new-customer.lua" ;;
    emulator-aot-buy) "${aot[@]}" >/dev/null 2>&1 & script="-s bench/buy.lua" ;;
    bare-kestrel) dotnet "$out/kestrel/Klikoo.Bench.Kestrel.dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 & url="http://127.0.0.1:$port/v1/irs/inquiry" ;;
    bare-kestrel-aot) "$out/kestrel-aot/Klikoo.Bench.Kestrel" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 & url="http://127.0.0.1:$port/v1/irs/inquiry" ;;
    wiremock-templated) dotnet "$out/wiremock/Klikoo.Bench.WireMock.dll" "$port" templated >/dev/null 2>&1 & url="http://127.0.0.1:$port$ovo_path" ;;
    wiremock-constant) dotnet "$out/wiremock/Klikoo.Bench.WireMock.dll" "$port" constant >/dev/null 2>&1 & url="http://127.0.0.1:$port$ovo_path" ;;
  esac
  pid=$!
  # Every server answers the documented OVO10 inquiry (bare Kestrel whatever the query), whatever its load is.
  local probe="http://127.0.0.1:$port$ovo_path"
  until reply=$(curl -sf "$probe" 2>/dev/null) && [[ $reply == "R#OVO10. PRICE: 10100. CUSTNUM: 081000000001. "* ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "$name stopped while starting" >&2; exit 1; }
    sleep 0.002
  done
  cold[$name $round]=$(( ($(date +%s%N) - started) / 1000000 ))
}

to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f", v}'; }
requests_of() { awk '/requests in/ {print $1}'; }

measure() {
  local name=$1 result warm total
  load[$name $round]=$(cut -d' ' -f1 /proc/loadavg)
  start "$name"
  # Each run its own tag for the scripts: the measured one must not repeat the warm-up's ref_ids or numbers.
  warm=$(wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" $script "$url" -- 1 $script_args | requests_of)
  result=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency $script "$url" -- 2 $script_args)
  rps[$name $round]=$(echo "$result" | awk '/Requests\/sec/ {printf "%d", $2}')
  p50[$name $round]=$(echo "$result" | awk '$1 == "50%" {print $2}' | to_ms)
  p99[$name $round]=$(echo "$result" | awk '$1 == "99%" {print $2}' | to_ms)
  total=$((warm + $(echo "$result" | requests_of)))
  if [ "$name" = emulator-aot-inquiry-fixture ] && [ "$total" -lt "$TOPUP_REQUESTS" ]; then
    # Enough more load to pass TOPUP_REQUESTS at the measured rate, then VmHWM.
    local seconds=$(( (TOPUP_REQUESTS - total) / (${rps[$name $round]} + 1) + 2 ))
    total=$((total + $(wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" $script "$url" -- 3 | requests_of)))
  fi
  served[$name $round]=$total
  hwm[$name $round]=$(awk '/VmHWM/ {printf "%d", $2/1024}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  port=$((port + 1))
}

servers=(bare-kestrel emulator-inquiry-fixture emulator-inquiry-generated emulator-inquiry-new-numbers emulator-buy emulator-inquiry-catalogue emulator-buy-catalogue "${redis_servers[@]}" "${aot_servers[@]}" wiremock-templated wiremock-constant)
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round of $ROUNDS..."
  order=("${servers[@]}")
  [ $((round % 2)) -eq 0 ] && mapfile -t order < <(printf '%s\n' "${servers[@]}" | tac)
  for name in "${order[@]}"; do measure "$name"; done
done

# per NAME ARRAY: the figures of every round, "a / b"
per() { local -n figures=$2; local r s=""; for r in $(seq 1 "$ROUNDS"); do s+="${s:+ / }${figures[$1 $r]}"; done; echo "$s"; }
# ratio NAME ARRAY: NAME's figure over the same round's bare Kestrel of its build kind, in percent
ratio() {
  local -n figures=$2; local base=bare-kestrel r s=""
  [[ $1 == *aot* ]] && base=bare-kestrel-aot
  for r in $(seq 1 "$ROUNDS"); do s+="${s:+ / }$(awk -v a="${figures[$1 $r]}" -v b="${figures[$base $r]}" 'BEGIN {printf "%.0f%%", (b > 0 ? 100 * a / b : 0)}')"; done
  echo "$s"
}
mib() { awk -v n="$1" 'BEGIN {printf "%.2fM", n / 1000000}'; }

echo
echo "$(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(dotnet --list-runtimes | awk '/NETCore/ {v=$2} END {print ".NET " v}'), $(wrk --version 2>&1 | head -1 | awk '{print $1, $2}'), wrk -t2 -c$CONNECTIONS -d$DURATION --latency after a $WARMUP warm-up, fresh process per round, $(date -u +%F)"
echo "ratios: to bare-kestrel for JIT and WireMock rows, to bare-kestrel-aot for AOT rows, same round; load: 1-minute load average when the row started"
echo
echo "| server | rps per round | rps vs bare | p50 ms | p99 ms | p99 vs bare | cold start ms | cold vs bare | VmHWM MiB | after requests | load |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for name in "${servers[@]}"; do
  requests=""; for r in $(seq 1 "$ROUNDS"); do requests+="${requests:+ / }$(mib "${served[$name $r]}")"; done
  echo "| $name | $(per "$name" rps) | $(ratio "$name" rps) | $(per "$name" p50) | $(per "$name" p99) | $(ratio "$name" p99) | $(per "$name" cold) | $(ratio "$name" cold) | $(per "$name" hwm) | $requests | $(per "$name" load) |"
done
