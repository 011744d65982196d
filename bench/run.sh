#!/usr/bin/env bash
# Benchmarks the emulator against the ceiling of its stack (a bare ASP.NET Core minimal API returning a constant
# Klikoo line) and against what users would pick instead (WireMock.Net standalone), in one run, in alternating
# rounds, each server a fresh process. Prints requests/s, p50, p99, peak memory (VmHWM) and cold start to first
# reply, with ratios to bare Kestrel in the same round.
#
#   bench/run.sh                      two rounds, 10 s of load each (about 4 minutes)
#   ROUNDS=1 DURATION=5s bench/run.sh a quick look
#
# wrk and the servers share this machine's cores: compare figures within one run only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
ROUNDS=${ROUNDS:-2}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
CONNECTIONS=${CONNECTIONS:-32}
out=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$out"' EXIT

command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y -qq wrk >/dev/null; }
echo "publishing Release builds..."
dotnet publish emulator/Klikoo.Emulator -c Release -o "$out/emulator" -p:UseAppHost=false >/dev/null
dotnet publish bench/Klikoo.Bench.Kestrel -c Release -o "$out/kestrel" -p:UseAppHost=false >/dev/null
dotnet publish bench/Klikoo.Bench.WireMock -c Release -o "$out/wiremock" -p:UseAppHost=false >/dev/null

creds="client_id=c17229eb-3d2b-4576-8f5d-c2e716da764b&client_secret=gvxzqypljtoukfanckakaa9z0md4x5aj&idrs=IDRS&pin=123456"
port=5190
declare -A rps p50 p99 hwm cold

# start NAME: starts the server for NAME on $port, sets $pid and $url, measures cold start in ms.
start() {
  local name=$1 emulator=(dotnet "$out/emulator/Klikoo.Emulator.dll" --urls "http://127.0.0.1:$port" --Klikoo:Fixtures="$root/fixtures" --Logging:LogLevel:Default=Warning)
  script=""
  case $name in
    emulator-inquiry-fixture) "${emulator[@]}" >/dev/null 2>&1 & url="http://127.0.0.1:$port/v1/irs/inquiry?$creds&product_code=OVO10&ref_id=1&to=081000000001" ;;
    emulator-inquiry-generated) "${emulator[@]}" >/dev/null 2>&1 & url="http://127.0.0.1:$port/v1/irs/inquiry?$creds&product_code=PLN20&ref_id=1&to=01234567890" ;;
    emulator-inquiry-new-numbers) "${emulator[@]}" >/dev/null 2>&1 & url="http://127.0.0.1:$port/"; script="-s bench/new-customer.lua" ;;
    emulator-buy) "${emulator[@]}" >/dev/null 2>&1 & url="http://127.0.0.1:$port/"; script="-s bench/buy.lua" ;;
    bare-kestrel) dotnet "$out/kestrel/Klikoo.Bench.Kestrel.dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 & url="http://127.0.0.1:$port/v1/irs/inquiry" ;;
    wiremock-templated) dotnet "$out/wiremock/Klikoo.Bench.WireMock.dll" "$port" templated >/dev/null 2>&1 & url="http://127.0.0.1:$port/v1/irs/inquiry?product_code=OVO10&to=081000000001" ;;
    wiremock-constant) dotnet "$out/wiremock/Klikoo.Bench.WireMock.dll" "$port" constant >/dev/null 2>&1 & url="http://127.0.0.1:$port/v1/irs/inquiry?product_code=OVO10&to=081000000001" ;;
  esac
  pid=$!
  local started probe=${url}
  [ -n "$script" ] && probe="http://127.0.0.1:$port/v1/irs/inquiry?$creds&product_code=OVO10&ref_id=1&to=081000000001"
  started=$(date +%s%N)
  until curl -sf -o /dev/null "$probe"; do sleep 0.005; done
  cold[$name]+="$(( ($(date +%s%N) - started) / 1000000 )) "
}

to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f", v}'; }

measure() {
  local name=$1 result
  start "$name"
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" $script "$url" >/dev/null
  result=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency $script "$url")
  rps[$name]+="$(echo "$result" | awk '/Requests\/sec/ {printf "%d", $2}') "
  p50[$name]+="$(echo "$result" | awk '$1 == "50%" {print $2}' | to_ms) "
  p99[$name]+="$(echo "$result" | awk '$1 == "99%" {print $2}' | to_ms) "
  hwm[$name]+="$(awk '/VmHWM/ {printf "%d", $2/1024}' "/proc/$pid/status") "
  kill "$pid"; wait "$pid" 2>/dev/null || true
  port=$((port + 1))
}

servers=(bare-kestrel emulator-inquiry-fixture emulator-inquiry-generated emulator-inquiry-new-numbers emulator-buy wiremock-templated wiremock-constant)
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round of $ROUNDS..."
  order=("${servers[@]}")
  [ $((round % 2)) -eq 0 ] && order=($(printf '%s\n' "${servers[@]}" | tac))
  for name in "${order[@]}"; do measure "$name"; done
done

echo
echo "$(nproc) cores, $(dotnet --list-runtimes | awk '/NETCore/ {v=$2} END {print ".NET " v}'), $(wrk --version 2>&1 | head -1 | awk '{print $1, $2}'), wrk -t2 -c$CONNECTIONS -d$DURATION --latency after a $WARMUP warm-up, fresh process per round"
echo
echo "| server | rps per round | vs bare Kestrel | p50 ms | p99 ms | cold start ms | VmHWM MiB |"
echo "|---|---|---|---|---|---|---|"
for name in "${servers[@]}"; do
  ratios=$(paste -d' ' <(echo "${rps[$name]}" | tr ' ' '\n' | grep .) <(echo "${rps[bare-kestrel]}" | tr ' ' '\n' | grep .) | awk '{printf "%s%.0f%%", (NR>1?" / ":""), 100*$1/$2}')
  fmt() { echo "$1" | xargs | sed 's/ / \/ /g'; }
  echo "| $name | $(fmt "${rps[$name]}") | $ratios | $(fmt "${p50[$name]}") | $(fmt "${p99[$name]}") | $(fmt "${cold[$name]}") | $(fmt "${hwm[$name]}") |"
done
