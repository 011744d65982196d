#!/usr/bin/env bash
# Soak: the emulator under steady mixed load (bench/soak.lua: inquiries for fixture and generated customers, buys
# with new ref_ids, re-checks) for a long time, its memory sampled every 10 s, then a flat-memory check: after the
# first fifth (warm-up), the second half of the samples may not average or peak more than 10% above the first.
#
#   bench/soak.sh            30 minutes
#   bench/soak.sh 5m         a 5-minute soak
#
# Prints the samples, requests served, VmHWM, and "memory: flat" or "memory: GROWING" (exit code 1).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
DURATION=${1:-30m}
CONNECTIONS=${CONNECTIONS:-32}
INTERVAL=${INTERVAL:-10}
out=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$out"' EXIT

command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y -qq wrk >/dev/null; }
echo "publishing a Release build..."
EMULATOR=${EMULATOR:-emulator/Klikoo.Emulator}
dotnet publish "$EMULATOR" -c Release -o "$out/emulator" -p:UseAppHost=false >/dev/null
# The sample client's balance raised to the most a fixture allows, so buys keep succeeding for the whole soak.
mkdir -p "$out/fixtures"
cp -r fixtures/. "$out/fixtures/"
sed -i -E 's/^( +balance: )100000000$/\1999999999999999/' "$out/fixtures/clients.yaml"

port=5199
creds="client_id=c17229eb-3d2b-4576-8f5d-c2e716da764b&client_secret=gvxzqypljtoukfanckakaa9z0md4x5aj&idrs=IDRS&pin=123456"
dotnet "$out/emulator/$(basename "$EMULATOR").dll" --urls "http://127.0.0.1:$port" --Klikoo:Fixtures="$out/fixtures" \
  --Logging:LogLevel:Default=Warning >"$out/emulator.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/__admin/health"; do sleep 0.05; done

echo "soaking for $DURATION with wrk -t2 -c$CONNECTIONS, memory every ${INTERVAL}s..."
(
  started=$(date +%s)
  while kill -0 "$pid" 2>/dev/null; do
    echo "$(( $(date +%s) - started )) $(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$pid/status")" >>"$out/samples"
    sleep "$INTERVAL"
  done
) &
sampler=$!
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/soak.lua "http://127.0.0.1:$port/" >"$out/wrk"
kill "$sampler" 2>/dev/null || true
health=$(curl -sf "http://127.0.0.1:$port/__admin/health")
reply=$(curl -sf "http://127.0.0.1:$port/v1/irs/inquiry?$creds&product_code=OVO10&ref_id=1&to=081000000001")
hwm=$(awk '/VmHWM/ {printf "%d", $2/1024}' "/proc/$pid/status")
kill "$pid"; wait "$pid" 2>/dev/null || true

echo
echo "seconds RSS-MiB"
cat "$out/samples"
echo
grep -E 'requests in|Requests/sec|Non-2xx|Socket errors|^ +(50|99)%' "$out/wrk"
echo "health after the soak: $health"
echo "VmHWM: $hwm MiB"
[[ "$reply" == R#OVO10.* ]] || { echo "the emulator stopped answering: '$reply'"; exit 1; }

awk -v hwm="$hwm" '
  { t[NR] = $1; m[NR] = $2 }
  END {
    from = int(NR / 5) + 1; mid = from + int((NR - from + 1) / 2)
    if (NR - from < 3) { print "memory: too few samples for a verdict"; exit 1 }
    for (i = from; i < mid; i++) { a += m[i]; na++; if (m[i] > pa) pa = m[i] }
    for (i = mid; i <= NR; i++) { b += m[i]; nb++; if (m[i] > pb) pb = m[i] }
    a /= na; b /= nb
    printf "after warm-up: first half mean %.0f MiB, peak %d; second half mean %.0f MiB, peak %d\n", a, pa, b, pb
    if (b > a * 1.10 || pb > pa * 1.10) { print "memory: GROWING"; exit 1 }
    print "memory: flat"
  }' "$out/samples"
