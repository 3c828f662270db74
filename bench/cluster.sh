#!/usr/bin/env bash
# A local cluster on loopback, bounded in time, with real parts: PostgreSQL 15 from Debian's packages as a
# primary (127.0.0.1:54401) and a streaming hot standby made with pg_basebackup -R (54402); the load command
# against the primary; three serve instances (18201 on the primary, 18202 and 18203 on the standby); nginx in
# front (18200) retrying a GET on another instance after a connection error, a timeout, a 502, 503 or 504.
# Prints a figure for each of:
#   1. steady load through nginx (wrk, mixed.lua's reads and one uncached search in ten): req/s, p99, errors;
#   2. a dataset update under load (one cell of takeaways.csv changed): the time from the load's commit until
#      every instance serves the new dataset, and the responses that mixed datasets or carried another
#      dataset's ETag (bench/cluster-check.mjs records and checks every response);
#   3. kill -9 of one serve instance under load: failed requests at nginx, the restart's time to ready;
#   4. the standby stopped, then frozen (kill -STOP), under load: the time until its instances turn unready and
#      answer 503 problem+json to uncached reads, failed requests at nginx, their time to ready once it is back;
#   5. a refused load (a broken seed file): the exit code, the stderr line, the served dataset unchanged.
# Two instances on the standby, one on the primary: the standby's loss (4) then takes two of the three
# instances away, and the primary's instance carries the whole load; the update (2) reaches two instances
# through replication and one directly; the instance killed (3) is one of the standby's, so that in 3 the
# other two, on two servers, carry the load.
# Usage: bench/cluster.sh          (3 to 7 minutes on 2 cores; logs and configuration in target/cluster)
# Needs root (PostgreSQL runs as the postgres user) or a user that can run initdb itself.
set -euo pipefail
cd "$(dirname "$0")/.."
lb_port=18200
serve_ports=(18201 18202 18203)
primary_port=54401
standby_port=54402
pg_bin=/usr/lib/postgresql/15/bin
jar=target/quarkus-app/quarkus-run.jar
out=target/cluster
rm -rf "$out"
mkdir -p "$out"
export SUMMARY=$PWD/$out/summary.tsv
started_ms=$(date +%s%3N)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# the jar, built when it is missing or older than the sources (common.sh then finds it)
if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]; then
  echo "building the jar"
  timeout 600 ./mvnw -B -q -Dmaven.test.skip=true package
fi
. bench/common.sh
need_tools wrk:wrk nginx:nginx-light jq:jq node:nodejs "$pg_bin/pg_ctl:postgresql-15"

now_ms() { date +%s%3N; }
step() { printf '\n== %s (at %d s)\n' "$1" $(( ($(now_ms) - started_ms) / 1000 )); }
# figure LABEL VALUE: a labelled line now, a row of the summary at the end
figure() {
  echo "$1: $2"
  printf '%s\t%s\n' "$1" "$2" >> "$SUMMARY"
}
die() {
  echo "cluster.sh: $*" >&2
  exit 1
}
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# PostgreSQL: data directories and sockets in a temporary directory owned by postgres, removed at the end
pgdir=$(mktemp -d "${TMPDIR:-/tmp}/landscape-cluster.XXXXXX")
[ "$(id -u)" = 0 ] && chown postgres: "$pgdir"
pg_ctl() { as_postgres timeout 60 "$pg_bin/pg_ctl" -D "$pgdir/$1" -l "$pgdir/$1.log" -w -t 50 "${@:2}" > /dev/null; }
# sql PORT STATEMENT: as the superuser, over the socket, one value per line
sql() { as_postgres timeout 20 "$pg_bin/psql" -h "$pgdir" -p "$1" -d "${db:-landscape}" -v ON_ERROR_STOP=1 -qAtc "$2"; }
# standby_signal SIGNAL: sends it to every process of the standby's server (the postmaster and its children)
standby_signal() {
  local pid
  pid=$(head -1 "$pgdir/standby/postmaster.pid" 2>/dev/null) || return 0
  kill "-$1" "$pid" $(pgrep -P "$pid") 2>/dev/null || true
}

cleanup() {
  set +e
  stop_all
  standby_signal CONT
  for d in standby primary; do
    [ -f "$pgdir/$d/postmaster.pid" ] && pg_ctl "$d" -m immediate stop
  done
  cp "$pgdir"/*.log "$out/" 2> /dev/null
  rm -rf "$pgdir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# everything has its own timeout; this one bounds the whole run
(
  sleep 900 &
  trap 'kill $! 2> /dev/null; exit 0' TERM
  wait $! && echo "cluster.sh: still running after 15 minutes; stopping" >&2 && kill -TERM $$
) &
pids+=($!)

# the service's settings shared by every instance and the load command
export QUARKUS_DATASOURCE_USERNAME=landscape QUARKUS_DATASOURCE_PASSWORD=landscape QUARKUS_HTTP_HOST=127.0.0.1
# (common.sh turns the per-client rate limit off: the load generators are one client each)
primary_url=jdbc:postgresql://127.0.0.1:$primary_port/landscape
standby_url=jdbc:postgresql://127.0.0.1:$standby_port/landscape

step "PostgreSQL 15: a primary on $primary_port and a streaming hot standby on $standby_port"
as_postgres timeout 60 "$pg_bin/initdb" -D "$pgdir/primary" -U postgres -E UTF8 --locale=C.UTF-8 \
  --auth-local=trust --auth-host=scram-sha-256 > "$out/initdb.log"
# the default pg_hba.conf lets every role, replication included, in over loopback with a password
cat >> "$pgdir/primary/postgresql.conf" << CONF
listen_addresses = '127.0.0.1'
port = $primary_port
unix_socket_directories = '$pgdir'
wal_level = replica
max_wal_senders = 4
# the commit time of a load, read back from its row (figure 2)
track_commit_timestamp = on
# the standby's readers hold back the primary's cleanup instead of being cancelled by it
hot_standby_feedback = on
CONF
pg_ctl primary start
for statement in "CREATE ROLE replicator REPLICATION LOGIN PASSWORD 'replicator'" \
  "CREATE ROLE landscape LOGIN PASSWORD 'landscape'" "CREATE DATABASE landscape OWNER landscape"; do
  db=postgres sql $primary_port "$statement"
done
as_postgres env PGPASSWORD=replicator timeout 60 "$pg_bin/pg_basebackup" -h 127.0.0.1 -p $primary_port \
  -U replicator -D "$pgdir/standby" -R -X stream -c fast
echo "port = $standby_port" | as_postgres tee -a "$pgdir/standby/postgresql.conf" > /dev/null
pg_ctl standby start
echo "standby in recovery: $(db=postgres sql $standby_port 'SELECT pg_is_in_recovery()')"

# run_load NAME [SEED_DIR]: the load command against the primary (the packaged seed-data without a
# directory); sets load_rc and load_exit (epoch ms); its output in $out/NAME.log, its stderr in $out/NAME.err
run_load() {
  set +e
  # shellcheck disable=SC2086
  env ${2:+"LANDSCAPE_SEED_DIR=$2"} QUARKUS_DATASOURCE_JDBC_URL=$primary_url \
    timeout 300 java $java_opts -jar "$jar" load > "$out/$1.log" 2> "$out/$1.err"
  load_rc=$?
  load_exit=$(now_ms)
  set -e
}
# the dataset row's version on a server
version_at() { sql "$1" "SELECT version FROM dataset"; }

step "the load command against the primary"
t=$(now_ms)
run_load load-initial
[ "$load_rc" = 0 ] || { tail -20 "$out/load-initial.log" "$out/load-initial.err"; die "the first load failed ($load_rc)"; }
v1=$(version_at $primary_port)
echo "loaded dataset $v1 in $(( load_exit - t )) ms (the JVM's start included)"
deadline=$(( $(now_ms) + 30000 ))
until [ "$(version_at $standby_port 2> /dev/null)" = "$v1" ]; do
  [ "$(now_ms)" -lt "$deadline" ] || die "the standby did not replay the load within 30 s"
  sleep 0.1
done
echo "the standby has replayed it"

step "three serve instances: ${serve_ports[0]} on the primary, ${serve_ports[1]} and ${serve_ports[2]} on the standby"
declare -A serve_pid
# start_serve PORT: starts the serve instance of that port on its server
start_serve() {
  local url=$standby_url
  [ "$1" = "${serve_ports[0]}" ] && url=$primary_url
  LANDSCAPE_ROLE=serve QUARKUS_DATASOURCE_JDBC_URL=$url start_service "$1" "$out/serve-$1.log"
  serve_pid[$1]=$service
}
t=$(now_ms)
for p in "${serve_ports[@]}"; do start_serve "$p"; done
for p in "${serve_ports[@]}"; do
  service=${serve_pid[$p]}
  timeout 180 bash -c "until curl -sf -o /dev/null http://127.0.0.1:$p/q/health/ready; do kill -0 $service || exit 1; sleep 0.1; done" \
    || { tail -20 "$out/serve-$p.log"; wait "$service" || die "the instance on $p stopped with status $?"; die "the instance on $p did not become ready"; }
done
echo "all three ready $(( $(now_ms) - t )) ms after their launch (three JVMs starting at once on $(nproc) cores)"

# nginx: passive health (open-source nginx has no active checks): a request whose instance refuses the
# connection, times out or answers 502/503/504 goes to the next instance, and an instance with 3 such failures
# within fail_timeout is skipped for fail_timeout (one failure would take every instance out at once when the
# two cores are saturated). Every request here is a GET (idempotent), so retrying is safe; a 503 from an
# instance whose database is down is retried elsewhere. The instances answer within 5 s when their database
# hangs; proxy_read_timeout leaves them that time.
cat > "$out/nginx.conf" << CONF
worker_processes 2;
daemon off;
pid $PWD/$out/nginx.pid;
error_log $PWD/$out/nginx-error.log warn;
events { worker_connections 1024; }
http {
  map \$upstream_addr \$retried { "~," 1; default 0; }
  log_format retried '\$msec \$status \$request_time "\$request" upstreams: \$upstream_addr statuses: \$upstream_status';
  access_log $PWD/$out/nginx-retried.log retried if=\$retried;
  upstream landscape {
$(for p in "${serve_ports[@]}"; do echo "    server 127.0.0.1:$p max_fails=3 fail_timeout=5s;"; done)
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$lb_port;
    location / {
      proxy_pass http://landscape;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_connect_timeout 1s;
      proxy_send_timeout 6s;
      proxy_read_timeout 6s;
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 3;
      proxy_next_upstream_timeout 14s;
      # the largest answer (the export, 320 KB) is held in memory, not in a temporary file
      proxy_buffer_size 16k;
      proxy_buffers 64 16k;
    }
  }
}
CONF
"$nginx_bin" -c "$PWD/$out/nginx.conf" > /dev/null 2>&1 &
pids+=($!)
lb=http://127.0.0.1:$lb_port
instances=()
for p in "${serve_ports[@]}"; do instances+=("http://127.0.0.1:$p"); done
timeout 20 bash -c "until curl -sf -o /dev/null $lb/api/v1/meta; do sleep 0.1; done" || die "nginx did not start"
retried() { wc -l < "$out/nginx-retried.log"; }

# the clients (bench/cluster-check.mjs), in the background until stopped: sets checker
check_in_background() {
  node bench/cluster-check.mjs "$@" &
  checker=$!
  pids+=("$checker")
}
stop_checker() {
  kill -TERM "$checker" 2> /dev/null || true
  wait "$checker" || true
}

step "1. steady load through nginx"
# warm-up (not measured): the JIT compiles the hot paths and each instance's response cache fills, in runs of 5 s
# until the rate stops rising by more than a tenth (three runs at least, ten at most)
prev=0
for i in 1 2 3 4 5 6 7 8 9 10; do
  r=$(timeout 30 wrk -t2 -c32 -d5s --timeout 10s -s bench/cluster.lua "$lb" | awk '/Requests\/sec/ {print int($2)}')
  echo "warm-up run $i: $r req/s"
  [ "$i" -ge 3 ] && [ "$r" -le $(( prev * 11 / 10 )) ] && break
  prev=$r
done
w=$(timeout 60 wrk -t2 -c32 -d10s --latency --timeout 10s -s bench/cluster.lua "$lb")
echo "$w" > "$out/steady.wrk"
rps=$(awk '/Requests\/sec/ {print $2}' <<< "$w")
p99=$(ms "$(awk '$1=="99%" {print $2}' <<< "$w")")
non2xx=$(awk '/Non-2xx or 3xx/ {print $5}' <<< "$w")
socket=$(awk -F'[ ,]+' '/Socket errors/ {print $5+$7+$9+$11}' <<< "$w")
figure "1. steady load through nginx (wrk, 2 threads, 32 connections, 10 s; 1 in 10 uncached)" \
  "$rps req/s, p99 $p99 ms, non-2xx ${non2xx:-0}, socket errors ${socket:-0}"

step "2. a dataset update under load"
seed_v2=$pgdir/seed-v2
cp -r seed-data "$seed_v2"
# one cell: the take-away gap-compute's text (takeaways.csv, row 2) gains a word
marker=CLUSTER-V2
python3 - "$seed_v2/tables/takeaways.csv" "$marker" << 'PY'
import sys
path, marker = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
cell = "造成了模型训练时间的显著差异"
assert text.count(cell) == 1, "takeaways.csv changed: pick another cell"
open(path, "w", encoding="utf-8").write(text.replace(cell, cell + " " + marker))
PY
marks=$out/update-marks.json
check_in_background record --label "2. dataset update" --switch --balancer "$lb" --old "$v1" --marker "$marker" \
  --marks "$marks" --conns 3 --limit 150000 "$lb" "${instances[@]}"
sleep 2
t=$(now_ms)
run_load load-update "$seed_v2"
[ "$load_rc" = 0 ] || { tail -20 "$out/load-update.log" "$out/load-update.err"; die "the update's load failed ($load_rc)"; }
v2=$(version_at $primary_port)
commit=$(sql $primary_port "SELECT round(extract(epoch FROM pg_xact_commit_timestamp(xmin)) * 1000) FROM dataset")
echo "{\"commit\": $commit, \"exit\": $load_exit}" > "$marks"
echo "the load command ran $(( load_exit - t )) ms (the JVM's start included): dataset $v1 -> $v2"
wait "$checker" || true

step "3. kill -9 of the instance on ${serve_ports[1]} under load"
r0=$(retried)
check_in_background record --label "3. kill -9" --balancer "$lb" --conns 8 --limit 120000 "$lb"
sleep 2
kill -9 "${serve_pid[${serve_ports[1]}]}"
{ wait "${serve_pid[${serve_ports[1]}]}"; } 2> /dev/null || true
sleep 3
t=$(now_ms)
start_serve "${serve_ports[1]}"
node bench/cluster-check.mjs up --label "3. kill -9: restart" --since "$t" --limit 120000 "${instances[1]}" || true
sleep 6 # nginx sends it requests again after fail_timeout
stop_checker
figure "3. kill -9: requests nginx retried on another instance" "$(( $(retried) - r0 ))"

# standby_scenario NAME STOP START: the standby's instances while it is stopped (or frozen), then back
standby_scenario() {
  local r0 t
  r0=$(retried)
  check_in_background record --label "$1" --balancer "$lb" --conns 8 --limit 120000 "$lb"
  sleep 2
  t=$(now_ms)
  $2
  echo "$2: $(( $(now_ms) - t )) ms"
  node bench/cluster-check.mjs down --label "$1" --since "$t" --limit 20000 "${instances[1]}" "${instances[2]}" || true
  sleep 2
  t=$(now_ms)
  $3
  node bench/cluster-check.mjs up --label "$1, back" --since "$t" --limit 60000 "${instances[1]}" "${instances[2]}" || true
  sleep 1
  stop_checker
  figure "$1: requests nginx retried on another instance" "$(( $(retried) - r0 ))"
  for p in "${serve_ports[@]:1}"; do kill -0 "${serve_pid[$p]}" || die "the instance on $p has stopped"; done
}

step "4a. the standby stopped (pg_ctl stop -m fast) under load"
standby_scenario "4a. standby stopped" "pg_ctl standby stop -m fast" "pg_ctl standby start"

step "4b. the standby frozen (kill -STOP on its processes) under load"
standby_scenario "4b. standby frozen" "standby_signal STOP" "standby_signal CONT"

step "5. a refused load (a broken seed file)"
seed_broken=$pgdir/seed-broken
cp -r seed-data "$seed_broken"
# the last row of applications.csv gets a fifth column in a four-column table
sed -i '$s/$/,extra/' "$seed_broken/tables/applications.csv"
lists() { for u in "${instances[@]}"; do echo "${u##*:} $(curl -sf --max-time 5 -D - -o /dev/null "$u/api/v1/organizations" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}') $(curl -sf --max-time 5 "$u/api/v1/meta" | jq -r .datasetVersion)"; done; }
before=$(lists)
check_in_background record --label "5. refused load" --balancer "$lb" --unchanged "$v2" --conns 2 --limit 120000 \
  "$lb" "${instances[@]}"
run_load load-refused "$seed_broken"
sleep 2 # four of the instances' half-second polls
stop_checker
after=$(lists)
figure "5. refused load: the load command's exit code (65: refused)" "$load_rc"
figure "5. refused load: its stderr" "$( (grep -m1 'applications.csv' "$out/load-refused.err" || head -1 "$out/load-refused.err") | sed 's/^ *//')"
if [ "$before" = "$after" ]; then
  figure "5. refused load: each instance's dataset and list ETag" "unchanged ($(tr '\n' ';' <<< "$after" | sed 's/;$//'))"
else
  figure "5. refused load: each instance's dataset and list ETag" "CHANGED: before $(tr '\n' ';' <<< "$before") after $(tr '\n' ';' <<< "$after")"
fi

step "summary"
column -t -s $'\t' "$SUMMARY"
echo "machine: $(nproc) cores shared by PostgreSQL (2 servers), 3 JVMs, nginx and the clients, $(free -g | awk '/Mem:/ {print $2}') GiB;" \
  "load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after;" \
  "JVM options: $java_opts; PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}'); $(date -u +%Y-%m-%dT%H:%MZ);" \
  "$(( ($(now_ms) - started_ms) / 1000 )) s in all"
