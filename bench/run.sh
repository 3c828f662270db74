#!/usr/bin/env bash
# Benchmark on loopback, bounded in time: the service against two references serving the same
# data, nginx (the same JSON as a static file: the ceiling on this machine) and json-server 0.17.4
# (what a frontend team would spin up). wrk on the same cores. Prints req/s, p50 and p99 per
# endpoint, the ratios, the service's startup-to-ready time and its RSS after the load.
# Usage: bench/run.sh [seconds per run] [connections]          (defaults: 10 s, 32 connections)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
conns=${2:-32}
port=18080; nginx_port=18090; js_port=18095
work=target/bench
mkdir -p "$work"

# tools: wrk and nginx from Debian, json-server from npm (into target/bench)
. bench/common.sh
need_tools wrk:wrk nginx:nginx-light
[ -x "$work/node_modules/.bin/json-server" ] || npm install --prefix "$work" --no-audit --no-fund --silent json-server@0.17.4

# the service, timed from launch to ready. The first start trains a class-data sharing archive
# (AppCDS, written when the JVM exits) and creates the embedded database if it is not there yet;
# the second start, measured as the restart, uses both. The benchmark runs against the second.
launch() { # extra JVM options...; sets service and ms (to ready)
  local start; start=$(date +%s%N)
  start_service "$port" "$work/service.log" "$@"
  until_up curl -sf "http://127.0.0.1:$port/q/health/ready"
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
}
: > "$work/service.log"
rm -f "$work/app.jsa"
# a data directory of its own, new at each run: the first start is a first start (initdb, migrations, the load)
export LANDSCAPE_EMBEDDED_POSTGRES_DATA_DIR="$PWD/$work/postgresql"
rm -rf "$LANDSCAPE_EMBEDDED_POSTGRES_DATA_DIR"
launch -XX:ArchiveClassesAtExit="$work/app.jsa"; first_ms=$ms
kill "$service"; wait "$service" 2>/dev/null || true
launch -XX:SharedArchiveFile="$work/app.jsa"; ready_ms=$ms

# the same data for the references
curl -sf "http://127.0.0.1:$port/api/v1/organizations" -o "$work/organizations.json"
curl -sf "http://127.0.0.1:$port/api/v1/export" | python3 -c '
import json, sys
d = json.load(sys.stdin)
print(json.dumps({k: d[k] for k in ("organizations", "models", "applications", "sotaModels", "takeaways", "sources")}, ensure_ascii=False))' > "$work/db.json"
cat > "$work/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $PWD/$work/nginx.pid;
error_log $PWD/$work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$nginx_port;
    root $PWD/$work;
    location / { default_type application/json; etag on; }
  }
}
CONF
"$nginx_bin" -c "$PWD/$work/nginx.conf" > /dev/null 2>&1 &
pids+=($!)
"$work/node_modules/.bin/json-server" --port $js_port --host 127.0.0.1 --quiet "$work/db.json" > "$work/json-server.log" 2>&1 &
pids+=($!)
until curl -sf "http://127.0.0.1:$nginx_port/organizations.json" > /dev/null && curl -sf "http://127.0.0.1:$js_port/organizations" > /dev/null; do sleep 0.2; done

# one wrk run: prints "req/s p50_ms p99_ms errors"
run() {
  local out; out=$(wrk -t2 -c"$conns" -d"${secs}s" --latency "$1")
  local rps p50 p99 errs
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errs=$(awk '/Non-2xx or 3xx/ {print $5} /Socket errors/ {print "socket:" $0}' <<<"$out" | tr '\n' ' ')
  echo "$rps $(ms "$p50") $(ms "$p99") ${errs:-0}"
}

# warm-up: the JIT compiles the hot paths, the response cache fills (not measured)
for url in "/organizations" "/applications?category=TEXT_TO_IMAGE&segment=COMMUNITY&facet=segment" "/models?q=ernie" \
    "/models/google-palm" "/search?q=diffusion" "/applications?format=csv"; do
  wrk -t2 -c"$conns" -d3s "http://127.0.0.1:$port/api/v1$url" > /dev/null
done

printf "\n%-30s %-58s %10s %8s %8s  %s\n" "endpoint" "request" "req/s" "p50 ms" "p99 ms" "non-2xx"
declare -A rps
bench() { # name url
  read -r r p50 p99 e <<<"$(run "$2")"
  rps[$1]=$r
  printf "%-30s %-58s %10s %8s %8s  %s\n" "$1" "${2#http://127.0.0.1:}" "$r" "$p50" "$p99" "$e"
}
s="http://127.0.0.1:$port/api/v1"; j="http://127.0.0.1:$js_port"
bench "nginx static list"          "http://127.0.0.1:$nginx_port/organizations.json"
bench "service list"               "$s/organizations"
bench "json-server list"           "$j/organizations"
bench "service filtered+facets"    "$s/applications?category=TEXT_TO_IMAGE&segment=COMMUNITY&facet=segment"
bench "json-server filtered"       "$j/applications?categories_like=TEXT_TO_IMAGE&segments_like=COMMUNITY"
bench "service q search"           "$s/models?q=ernie"
bench "json-server q search"       "$j/models?q=ernie"
bench "service detail"             "$s/models/google-palm"
bench "json-server detail"         "$j/models/google-palm"
bench "service /search"            "$s/search?q=diffusion"
bench "json-server full-text"      "$j/models?q=diffusion"
bench "service CSV export"         "$s/applications?format=csv"

rss=$(ps -o rss= -p "$service" | awk '{printf "%.1f", $1/1024}')
ratio() { awk -v a="${rps[$1]}" -v b="${rps[$2]}" 'BEGIN { printf "%.2fx", a/b }'; }
echo
echo "ratios:"
echo "  service list / nginx static:           $(ratio 'service list' 'nginx static list')   (target >= 0.6x)"
echo "  service list / json-server:            $(ratio 'service list' 'json-server list')   (target >= 10x)"
echo "  service filtered / json-server:        $(ratio 'service filtered+facets' 'json-server filtered')"
echo "  service q / json-server q:             $(ratio 'service q search' 'json-server q search')"
echo "  service detail / json-server detail:   $(ratio 'service detail' 'json-server detail')"
echo "  service /search / json-server q:       $(ratio 'service /search' 'json-server full-text')"
met() { awk -v v="$1" -v l="$2" 'BEGIN { print (v + 0 < l ? "met" : "NOT MET") }'; }
echo "service first start to ready: ${first_ms} ms   (target < 5000 ms: $(met "$first_ms" 5000); trains the AppCDS archive; initdb and load when the data directory is new)"
echo "service restart to ready: ${ready_ms} ms   (target < 2500 ms: $(met "$ready_ms" 2500))"
echo "service RSS after the benchmark, run as the README runs it (java @bench/jvm.options -jar): ${rss} MB   (target < 300 MB: $(met "$rss" 300))"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; JVM options: $java_opts; $(date -u +%Y-%m-%dT%H:%MZ)"
