#!/usr/bin/env bash
# bench/run.sh — the benchmark of issue #9: builds Release, starts the CSMS on SQLite and on PostgreSQL, drives every
# scenario of the issue with the simulator's load mode (ocpp-sim), prints one row per scenario (scenario, database,
# target, measured, met, limit observed) and writes the table, the machine and the raw simulator output to
# bench/results/<date>.md. Numbers belong in those files, never in timed tests.
#
#   bench/run.sh                                  # the issue's sizes (20,000 idle stations, 10,000-station storm, ...)
#   BENCH_SCALE=small bench/run.sh                # a quick run: 2,000 idle, 1,000 storm, 20-s bursts, 1,000 mixed 60 s
#   BENCH_DATABASES=sqlite BENCH_SCENARIOS="1 2" bench/run.sh
#
# Sizes (defaults from BENCH_SCALE, each overridable): BENCH_IDLE_STATIONS, BENCH_IDLE_SECONDS, BENCH_IDLE_HEARTBEAT,
# BENCH_STORM_STATIONS, BENCH_STORM_SECONDS, BENCH_BURST_STATIONS, BENCH_BURST_IN_FLIGHT, BENCH_BURST_SECONDS,
# BENCH_MIXED_STATIONS, BENCH_MIXED_SECONDS, BENCH_MIXED_METER_INTERVAL, BENCH_SOURCE_ADDRESSES, BENCH_PORT.
#
# Scenario 3 also runs each burst paced (ocpp-sim --rate, open loop) at 70 % of the peak it just measured and reports
# that run's p99 against the 25-ms target ("3 (70 %)" rows). Scenario 5 starts the host as the Dockerfile publishes it
# (ReadyToRun); its results add the host's start-up timeline (wall, CPU and JIT-compiled methods per stage).
#
# The CSMS and the generator share the machine, as the issue's targets assume; each row carries the CPU both used
# and the load average before and after (other work on the machine shows there). Nothing listens beyond 127.0.0.1.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
scale=${BENCH_SCALE:-full}
case "$scale" in
  full)
    : "${BENCH_IDLE_STATIONS:=20000}" "${BENCH_IDLE_SECONDS:=150}" "${BENCH_STORM_STATIONS:=10000}"
    : "${BENCH_BURST_SECONDS:=60}" "${BENCH_MIXED_STATIONS:=10000}" "${BENCH_MIXED_SECONDS:=300}" ;;
  small)
    : "${BENCH_IDLE_STATIONS:=2000}" "${BENCH_IDLE_SECONDS:=40}" "${BENCH_STORM_STATIONS:=1000}"
    : "${BENCH_BURST_SECONDS:=20}" "${BENCH_MIXED_STATIONS:=1000}" "${BENCH_MIXED_SECONDS:=60}" ;;
  *) echo "BENCH_SCALE is 'full' or 'small', not '$scale'" >&2; exit 1 ;;
esac
idle_stations=$BENCH_IDLE_STATIONS
idle_seconds=$BENCH_IDLE_SECONDS
idle_heartbeat=${BENCH_IDLE_HEARTBEAT:-60}
storm_stations=$BENCH_STORM_STATIONS
storm_seconds=${BENCH_STORM_SECONDS:-30}
burst_stations=${BENCH_BURST_STATIONS:-200}
burst_in_flight=${BENCH_BURST_IN_FLIGHT:-4}
burst_seconds=$BENCH_BURST_SECONDS
mixed_stations=$BENCH_MIXED_STATIONS
mixed_seconds=$BENCH_MIXED_SECONDS
mixed_meter_interval=${BENCH_MIXED_METER_INTERVAL:-10}
addresses=${BENCH_SOURCE_ADDRESSES:-16}
port=${BENCH_PORT:-5090}
databases=${BENCH_DATABASES:-sqlite postgres}
scenarios=${BENCH_SCENARIOS:-1 2 3 4 5}
pg_bin=${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}

work=$(mktemp -d -t ocpp-bench-XXXXXX)
chmod 755 "$work"
host_pid=""
pg_data=""
rows="$work/rows.tsv"
details="$work/details.md"
: > "$rows"
: > "$details"

stop_host() {
  if [[ -n "$host_pid" ]] && kill -0 "$host_pid" 2>/dev/null; then
    kill -TERM "$host_pid"
    wait "$host_pid" 2>/dev/null || true
  fi
  host_pid=""
}

stop_postgres() {
  if [[ -n "$pg_data" ]]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -m immediate -w stop > /dev/null 2>&1 || true
    pg_data=""
  fi
}

cleanup() {
  stop_host
  stop_postgres
  rm -rf "$work"
}
trap cleanup EXIT

wants_any() { local n; for n in "$@"; do [[ " $scenarios " == *" $n "* ]] && return 0; done; return 1; }

# One socket per station on each side: the generator and the CSMS each need an open file per station.
ulimit -n "$(ulimit -Hn)"
fd_limit=$(ulimit -n)
for wanted in "$idle_stations" "$storm_stations" "$mixed_stations"; do
  if (( wanted + 1000 > fd_limit )) && { { [[ $wanted == "$idle_stations" ]] && wants_any 1 2; } \
      || { [[ $wanted == "$storm_stations" ]] && wants_any 2; } || { [[ $wanted == "$mixed_stations" ]] && wants_any 4; }; }; then
    echo "warning: open files are limited to $fd_limit (hard limit); $wanted stations need $((wanted + 1000))" >&2
  fi
done

echo "== Release build"
# The host as the Dockerfile publishes it: ReadyToRun for this machine's runtime (scenario 5 measures what production
# starts), framework-dependent.
dotnet publish "$root/src/OcppCsms.Host/OcppCsms.Host.csproj" -c Release --use-current-runtime --self-contained false \
  -p:PublishReadyToRun=true -o "$work/host" -p:UseAppHost=false --nologo -v quiet
dotnet publish "$root/src/OcppCsms.Simulator/OcppCsms.Simulator.csproj" -c Release -o "$work/simulator" -p:UseAppHost=false --nologo -v quiet

# A throwaway admin password for this run only: the simulator registers its stations and driver tags with it.
admin_password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# A throwaway PostgreSQL cluster on 127.0.0.1 and a free port, as the test fixture makes one (PostgreSQL refuses root).
start_postgres() {
  local cluster="$work/pg" pg_port
  pg_port=$(free_port)
  mkdir -p "$cluster"
  chown -R postgres:postgres "$cluster"
  pg_data="$cluster/data"
  runuser -u postgres -- "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --no-sync --no-instructions > /dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -l "$cluster/server.log" -w -t 60 \
    -o "-p $pg_port -k $cluster -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=512MB" start > /dev/null
  pg_connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Maximum Pool Size=100"
  pg_psql=("$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -At -c)
}

# Starts the CSMS on the current database and sets ready_ms (process start to /health/ready).
start_host() {
  local started
  started=$(date +%s%N)
  env "${db_env[@]}" \
    Admin__Password="$admin_password" \
    Logging__Format=text \
    Logging__LogLevel__Default=Warning \
    Logging__LogLevel__OcppCsms.Host.Hosting.StartupTimeline=Debug \
    Ocpp__UnknownStations=Accept \
    RateLimiting__WsConnectionsPerMinute=100000 \
    RateLimiting__ApiPerMinute=100000 \
    RateLimiting__LoginPerMinute=10000 \
    ASPNETCORE_URLS="http://127.0.0.1:$port" \
    dotnet "$work/host/OcppCsms.Host.dll" >> "$work/host-$db.log" 2>&1 &
  host_pid=$!
  ready_ms=""
  for _ in $(seq 1 1200); do
    if curl --silent --fail --output /dev/null "http://127.0.0.1:$port/health/ready"; then
      ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
      return 0
    fi
    if ! kill -0 "$host_pid" 2>/dev/null; then
      echo "The CSMS exited during start-up:" >&2
      tail -40 "$work/host-$db.log" >&2
      exit 1
    fi
    sleep 0.05
  done
  echo "The CSMS was not ready within 60 s:" >&2
  tail -20 "$work/host-$db.log" >&2
  exit 1
}

restart_host() { stop_host; start_host; }

load1() { cut -d' ' -f1 /proc/loadavg; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# Runs one simulator scenario against the CSMS, keeping its output in $work/<name>-<db>.txt, and records what the CSMS
# itself used meanwhile: CPU (/proc/<pid>/stat), load average before and after, and a /metrics scrape at the end.
simulate() {
  local name=$1; shift
  local out="$work/$name-$db.txt" ticks_before started
  load_before=$(load1)
  ticks_before=$(cpu_ticks "$host_pid")
  started=$(date +%s%N)
  echo "== $name on $db (load average $load_before)"
  CSMS_API_PASSWORD="$admin_password" dotnet "$work/simulator/ocpp-sim.dll" \
    --url "ws://127.0.0.1:$port/ocpp" --source-addresses "$addresses" --api-user admin --csms-pid "$host_pid" \
    --call-timeout 30 "$@" > "$out" 2>&1 || { echo "ocpp-sim failed:" >&2; tail -20 "$out" >&2; exit 1; }
  grep -v '^\[' "$out" | tail -n +2
  curl --silent "http://127.0.0.1:$port/metrics" > "$work/$name-$db.metrics" || true
  load_after=$(load1)
  local elapsed_cs=$(( ($(date +%s%N) - started) / 10000000 ))
  host_cpu=$(( ( $(cpu_ticks "$host_pid") - ticks_before ) * 100 / (elapsed_cs > 0 ? elapsed_cs : 1) ))
  generator_cpu=$(sed -nE 's/^Generator CPU: .*\(([0-9]+) % of one core.*/\1/p' "$out")
  {
    echo "### $name, $db"
    echo
    echo "Load average $load_before before, $load_after after; CSMS CPU $host_cpu % of one core over the run (registration included)."
    echo
    echo '```'
    grep -v '^\[' "$out"
    echo
    grep -E '^(dotnet_gc_collections|dotnet_gc_pause_time|dotnet_gc_heap_total_allocated|dotnet_process_memory_working_set|dotnet_thread_pool_(thread_count|queue_length)|dotnet_monitor_lock_contentions|ocpp_connected_stations|db_batch_flush_duration_seconds_(sum|count))' \
      "$work/$name-$db.metrics" | grep -v '^#' || true
    echo '```'
    echo
  } >> "$details"
}

# The throughput target's second half: p99 under 25 ms at 70 % of the peak the burst just measured, with the paced
# (open-loop) mode, whose round trips count from each message's scheduled time. Arguments: name, action, the burst's
# rate, then the burst's simulator options.
paced() {
  local name=$1 paced_action=$2 peak=$3; shift 3
  local target_rate
  target_rate=$(awk -v r="$peak" 'BEGIN { t = r * 0.7; printf "%.0f", (t < 1 ? 1 : t) }')
  simulate "$name" "$@" --rate "$target_rate"
  local p99 held
  p99=$(field "$name" "$paced_action" 6)
  held=$(sed -nE 's/.* ([0-9]+) held back for a free in-flight slot.*/\1/p' "$work/$name-$db.txt")
  row "3 (70 %) $paced_action paced" "p99 < 25 ms at 70 % of the peak" \
    "$(field "$name" "$paced_action" 2)/s of $target_rate/s asked, p99 $p99 ms, ${held:-?} held back, $(error_total "$name") errors" \
    "$(met "awk 'BEGIN { exit !($p99 < 25) }'")" "$(limit_of)"
}

# Fields of an action's row in the simulator's table: count, per s, errors, p50, p90, p99, max.
action() { awk -v a="$2" '$1 == a { print $2, $3, $4, $5, $6, $7, $8; exit }' "$work/$1-$db.txt"; }
field() { local values; values=$(action "$1" "$2"); [[ -n "$values" ]] && echo "$values" | cut -d' ' -f"$3" || echo 0; }
error_total() { awk '/^Errors \(count/ { on = 1; next } on && NF { sum += $1 } END { print sum + 0 }' "$work/$1-$db.txt"; }
connected() { sed -nE 's/^Connected at the end: ([0-9]+) of.*/\1/p' "$work/$1-$db.txt"; }
per_station_kib() { sed -nE 's/.* ([0-9.]+) KiB per connected station\./\1/p' "$work/$1-$db.txt"; }
max_p99() { awk '/^Action / { on = 1; next } on && NF == 8 && $1 != "(connect)" { if ($7 + 0 > m) { m = $7 + 0; a = $1 } } /^$/ && on { exit } END { printf "%s %s\n", m, a }' "$work/$1-$db.txt"; }
limit_of() { echo "CSMS $host_cpu %, generator ${generator_cpu:-?} % of one core; load $load_before→$load_after"; }
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$db" "$2" "$3" "$4" "$5" >> "$rows"; printf '%-28s %-9s %-34s %-60s %-4s %s\n' "$1" "$db" "$2" "$3" "$4" "$5"; }
met() { if eval "$1"; then echo yes; else echo no; fi; }
sql() { if [[ $db == sqlite ]]; then sqlite3 "$work/csms.db" "$1"; else "${pg_psql[@]}" "$1"; fi; }


for db in $databases; do
  case "$db" in
    sqlite) db_env=(Database__Provider=Sqlite ConnectionStrings__Csms="Data Source=$work/csms.db") ;;
    postgres) start_postgres; db_env=(Database__Provider=Postgres ConnectionStrings__Csms="$pg_connection") ;;
    *) echo "BENCH_DATABASES holds sqlite and/or postgres, not '$db'" >&2; exit 1 ;;
  esac

  # Scenario 5: the first start migrates the empty database; the second starts on the migrated one.
  start_host
  first_ms=$ready_ms
  restart_host
  migrated_ms=$ready_ms
  if wants_any 5; then
    row "5 cold start (first start)" "<= 1,000 ms to /health/ready" "$first_ms ms (migrations included)" "$(met "(( first_ms <= 1000 ))")" "start-up work; load $(load1)"
    row "5 cold start (migrated db)" "<= 1,000 ms to /health/ready" "$migrated_ms ms" "$(met "(( migrated_ms <= 1000 ))")" "start-up work; load $(load1)"
    {
      echo "### cold start, $db: the host's start-up timeline (first start, then the migrated database)"
      echo
      echo '```'
      grep -o 'Start-up: .*' "$work/host-$db.log" || true
      echo '```'
      echo
    } >> "$details"
  fi

  if wants_any 1 2; then
    # Scenario 1: the idle fleet ramps in over a quarter of the run, then heartbeats.
    simulate idle --scenario idle --protocol ocpp1.6 --stations "$idle_stations" --id-prefix IDLE- \
      --ramp $(( idle_stations * 4 / idle_seconds + 1 )) --heartbeat-interval "$idle_heartbeat" --duration "$idle_seconds"
    if wants_any 1; then
      up=$(connected idle); kib=$(per_station_kib idle); errors=$(error_total idle)
      row "1 idle fleet ($idle_stations, 1.6)" "all connected, <= 32 KiB/station, 0 errors" \
        "$up connected, ${kib:-?} KiB/station, $errors errors, connect p99 $(field idle '(connect)' 6) ms" \
        "$(met "(( up == idle_stations && errors == 0 )) && awk 'BEGIN { exit !(${kib:-999} <= 32) }'")" "$(limit_of)"
    fi
  fi

  if wants_any 2; then
    # Scenario 2: a host restart, then the stations (known from scenario 1) reconnect and boot.
    restart_host
    simulate storm --scenario boot-storm --protocol ocpp1.6 --stations "$storm_stations" --id-prefix IDLE- \
      --ramp $(( storm_stations / 10 + 1 )) --duration "$storm_seconds"
    boots=$(field storm BootNotification 1); boot_errors=$(field storm BootNotification 3); p99=$(field storm BootNotification 6)
    row "2 reconnect storm ($storm_stations)" "all accepted in ${storm_seconds} s, boot p99 < 200 ms" \
      "$boots boots, $boot_errors refused/failed, $(error_total storm) errors, boot p99 $p99 ms, connect p99 $(field storm '(connect)' 6) ms" \
      "$(met "(( boot_errors == 0 && boots >= storm_stations )) && awk 'BEGIN { exit !($p99 < 200) }'")" "$(limit_of)"

    # The issue's storm as one wave: after another restart every station reconnects once within the first third of the
    # run, boots once and stays (the boot-storm above closes and reconnects at once, a sustained storm of several waves).
    restart_host
    simulate storm-wave --scenario idle --protocol ocpp1.6 --stations "$storm_stations" --id-prefix IDLE- \
      --ramp $(( storm_stations / 10 + 1 )) --heartbeat-interval "$idle_heartbeat" --duration "$storm_seconds"
    boots=$(field storm-wave BootNotification 1); boot_errors=$(field storm-wave BootNotification 3); p99=$(field storm-wave BootNotification 6)
    row "2 reconnect storm, one wave ($storm_stations)" "all accepted in ${storm_seconds} s, boot p99 < 200 ms" \
      "$(connected storm-wave) connected, $boots boots, $boot_errors refused/failed, $(error_total storm-wave) errors, boot p99 $p99 ms, connect p99 $(field storm-wave '(connect)' 6) ms" \
      "$(met "(( boot_errors == 0 && boots >= storm_stations )) && awk 'BEGIN { exit !($p99 < 200) }'")" "$(limit_of)"
  fi

  if wants_any 3; then
    simulate heartbeat-burst --scenario heartbeat-burst --protocol ocpp1.6 --stations "$burst_stations" --id-prefix HB- \
      --in-flight "$burst_in_flight" --ramp 1000 --duration "$burst_seconds"
    rate=$(field heartbeat-burst Heartbeat 2)
    row "3 Heartbeat burst" ">= 80,000/s" "$rate/s, p99 $(field heartbeat-burst Heartbeat 6) ms, $(error_total heartbeat-burst) errors" \
      "$(met "awk 'BEGIN { exit !($rate >= 80000) }'")" "$(limit_of)"
    paced heartbeat-paced Heartbeat "$rate" --scenario heartbeat-burst --protocol ocpp1.6 --stations "$burst_stations" --id-prefix HB- \
      --in-flight "$burst_in_flight" --ramp 1000 --duration "$burst_seconds"

    simulate metervalues-burst --scenario metervalues-burst --protocol ocpp1.6 --stations "$burst_stations" --id-prefix MV- \
      --in-flight "$burst_in_flight" --ramp 1000 --duration "$burst_seconds" --register
    rate=$(field metervalues-burst MeterValues 2); answered=$(field metervalues-burst MeterValues 1)
    stored=$(sql "SELECT count(*) FROM transaction_meter_values WHERE station_id LIKE 'MV-%'")
    row "3 MeterValues burst (10 values)" ">= 10,000/s persisted" \
      "$rate/s, p99 $(field metervalues-burst MeterValues 6) ms; $answered answered, $stored rows stored ($(( answered * 10 )) expected)" \
      "$(met "awk 'BEGIN { exit !($rate >= 10000) }'")" "$(limit_of)"
    # Own stations and driver tags: the burst's transactions may still be open, and a tag in one answers ConcurrentTx.
    paced metervalues-paced MeterValues "$rate" --scenario metervalues-burst --protocol ocpp1.6 --stations "$burst_stations" \
      --id-prefix MVP- --id-tag MVPTAG --in-flight "$burst_in_flight" --ramp 1000 --duration "$burst_seconds" --register
  fi

  if wants_any 4; then
    simulate mixed --scenario mixed --protocol mixed --stations "$mixed_stations" --id-prefix MIX- \
      --ramp $(( mixed_stations / 10 + 1 )) --meter-interval "$mixed_meter_interval" --session-minutes 2 \
      --heartbeat-interval 60 --duration "$mixed_seconds" --register
    # Each MeterValues (1.6) and each TransactionEvent (2.0.1) of the load mode carries one sampled value.
    sent=$(( $(field mixed MeterValues 1) + $(field mixed MeterValues 3) + $(field mixed TransactionEvent 1) + $(field mixed TransactionEvent 3) ))
    answered=$(( $(field mixed MeterValues 1) + $(field mixed TransactionEvent 1) ))
    stored=$(sql "SELECT count(*) FROM transaction_meter_values WHERE station_id LIKE 'MIX-%'")
    duplicated=$(sql "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM transaction_meter_values WHERE station_id LIKE 'MIX-%' GROUP BY station_id, sampled_at, measurand, value HAVING count(*) > 1) d")
    lost=$(( answered > stored ? answered - stored : 0 ))
    read -r worst worst_action <<< "$(max_p99 mixed)"
    row "4 mixed fleet ($mixed_stations, 30 % charging)" "0 lost, 0 duplicated, every p99 < 20 ms" \
      "$sent sent, $answered answered, $stored stored: $lost lost, $duplicated duplicated; worst p99 $worst ms ($worst_action)" \
      "$(met "(( lost == 0 && duplicated == 0 && stored <= sent )) && awk 'BEGIN { exit !($worst < 20) }'")" "$(limit_of)"
  fi

  stop_host
  stop_postgres
  {
    echo "### CSMS log warnings and errors, $db (distinct messages, most frequent first)"
    echo
    echo '```'
    grep -E '^\[[0-9:.]+ (WRN|ERR|FTL)' "$work/host-$db.log" | sed -E 's/^\[[0-9:.]+ //; s/ req=[^]]*\]/]/; s/[0-9]+/N/g' | cut -c1-200 \
      | sort | uniq -c | sort -rn | head -15 || true
    echo '```'
    echo
  } >> "$details"
done

mkdir -p "$root/bench/results"
result="$root/bench/results/$(date -u +%Y-%m-%d-%H%M).md"
{
  echo "# Benchmark $(date -u +%Y-%m-%dT%H:%MZ) (BENCH_SCALE=$scale)"
  echo
  echo "Commit \`$(git -C "$root" rev-parse --short HEAD)\`$(git -C "$root" diff --quiet HEAD -- src || echo ' (with uncommitted changes under src/)'), $(uname -sr)."
  echo "The CSMS (Release, on 127.0.0.1) and the generator (\`ocpp-sim\`, load mode, stations over $addresses loopback"
  echo "addresses) share the machine. Open files limit: $fd_limit. Other work on the machine shows in the load averages."
  echo
  echo "## Machine"
  echo
  echo '```'
  lscpu | grep -E '^(Model name|Architecture|CPU\(s\)|Thread\(s\) per core|Core\(s\) per socket|CPU max MHz)' || true
  free -g
  echo ".NET runtime (dotnet --info, Host): $(dotnet --info | sed -n '/^Host:/,/^$/p' | sed -nE 's/^ *Version: *//p' | head -1)"
  echo '```'
  echo
  echo "## Results"
  echo
  echo "| Scenario | Database | Target | Measured | Met | Limit observed |"
  echo "|---|---|---|---|---|---|"
  awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }' "$rows"
  echo
  echo "Sizes: idle $idle_stations stations ${idle_seconds} s (heartbeat ${idle_heartbeat} s); storm $storm_stations stations"
  echo "${storm_seconds} s; bursts $burst_stations stations × $burst_in_flight in flight, ${burst_seconds} s; mixed"
  echo "$mixed_stations stations (1.6 and 2.0.1 alternating) ${mixed_seconds} s, meter values every ${mixed_meter_interval} s."
  echo
  echo "## Simulator output and /metrics per scenario"
  echo
  cat "$details"
} > "$result"
echo "== Written $result"
