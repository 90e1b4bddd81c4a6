#!/usr/bin/env bash
# bench/run.sh — the benchmark skeleton (issue #9): builds Release, starts the CSMS on SQLite, runs scenario 3
# (burst Heartbeats) with the simulator's load mode, prints its table and writes bench/results/<date>.md with the
# machine description. Numbers belong in those files, never in timed tests.
#
#   bench/run.sh                                   # 20 s, 200 stations over 4 loopback addresses, 4 in flight each
#   BENCH_SECONDS=60 BENCH_STATIONS=2000 bench/run.sh
#
# The CSMS and the generator share the machine, as the targets in issue #9 assume; the generator's CPU time is in the
# table so that a run can show whether the generator was the bottleneck.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${BENCH_SECONDS:-20}
stations=${BENCH_STATIONS:-200}
in_flight=${BENCH_IN_FLIGHT:-4}
addresses=${BENCH_SOURCE_ADDRESSES:-4}
port=${BENCH_PORT:-5090}
work=$(mktemp -d -t ocpp-bench-XXXXXX)
host_pid=""

cleanup() {
  if [[ -n "$host_pid" ]] && kill -0 "$host_pid" 2>/dev/null; then
    kill -TERM "$host_pid"
    wait "$host_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== Release build"
dotnet publish "$root/src/OcppCsms.Host/OcppCsms.Host.csproj" -c Release -o "$work/host" -p:UseAppHost=false --nologo -v quiet
dotnet publish "$root/src/OcppCsms.Simulator/OcppCsms.Simulator.csproj" -c Release -o "$work/simulator" -p:UseAppHost=false --nologo -v quiet

# A throwaway admin password for this run only: the simulator registers its stations with it.
admin_password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)

echo "== CSMS on SQLite at http://127.0.0.1:$port"
started=$(date +%s%N)
Database__Provider=Sqlite \
ConnectionStrings__Csms="Data Source=$work/csms.db" \
Admin__Password="$admin_password" \
Logging__Format=text \
RateLimiting__WsConnectionsPerMinute=100000 \
RateLimiting__ApiPerMinute=100000 \
ASPNETCORE_URLS="http://127.0.0.1:$port" \
  dotnet "$work/host/OcppCsms.Host.dll" > "$work/host.log" 2>&1 &
host_pid=$!

ready_ms=""
for _ in $(seq 1 600); do
  if curl --silent --fail --output /dev/null "http://127.0.0.1:$port/health/ready"; then
    ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
    break
  fi
  if ! kill -0 "$host_pid" 2>/dev/null; then
    echo "The CSMS exited during start-up:" >&2
    cat "$work/host.log" >&2
    exit 1
  fi
  sleep 0.1
done
if [[ -z "$ready_ms" ]]; then
  echo "The CSMS was not ready within 60 s:" >&2
  tail -20 "$work/host.log" >&2
  exit 1
fi
echo "ready after $ready_ms ms (process start to /health/ready, including the first migration)"

echo "== Scenario 3: burst Heartbeats, $stations stations, $in_flight in flight, ${seconds} s"
CSMS_API_PASSWORD="$admin_password" dotnet "$work/simulator/ocpp-sim.dll" \
  --url "ws://127.0.0.1:$port/ocpp" --scenario heartbeat-burst --stations "$stations" --protocol ocpp1.6 \
  --source-addresses "$addresses" --in-flight "$in_flight" --ramp 1000 --duration "$seconds" \
  --register --api-user admin --id-prefix BENCH- --csms-pid "$host_pid" | tee "$work/heartbeat-burst.txt"

mkdir -p "$root/bench/results"
result="$root/bench/results/$(date -u +%Y-%m-%d-%H%M).md"
{
  echo "# Benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Commit \`$(git -C "$root" rev-parse --short HEAD)\`$(git -C "$root" diff --quiet || echo ' (with uncommitted changes)'), .NET $(dotnet --version), $(uname -sr)."
  echo
  echo "## Machine"
  echo
  echo '```'
  lscpu | grep -E '^(Model name|Architecture|CPU\(s\)|Thread\(s\) per core|Core\(s\) per socket|CPU max MHz)' || true
  free -h
  echo '```'
  echo
  echo "## Cold start (scenario 5, SQLite, fresh database)"
  echo
  echo "$ready_ms ms from process start to \`/health/ready\` (target: 1 s)."
  echo
  echo "## Scenario 3: burst Heartbeats (SQLite)"
  echo
  echo "$stations OCPP 1.6 stations over $addresses loopback source addresses, $in_flight CALLs in flight each, ${seconds} s; target >= 80,000 messages/s."
  echo
  echo '```'
  grep -v '^\[' "$work/heartbeat-burst.txt"
  echo '```'
  echo
  echo "## Not run by this skeleton"
  echo
  echo "Scenarios 1 (idle fleet), 2 (reconnect storm), 4 (mixed fleet) and the PostgreSQL runs: the simulator has the"
  echo "scenarios (\`idle\`, \`boot-storm\`, \`mixed\`, \`metervalues-burst\`); this script does not drive them yet."
} > "$result"
echo "== Written $result"
