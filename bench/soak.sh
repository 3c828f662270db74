#!/usr/bin/env bash
# Soak: mixed read load on the service for a bounded time (default 10 minutes) on loopback, then
# the errors and the service's memory (RSS) at the start, every minute, and at the end.
# Usage: bench/soak.sh [seconds] [connections]      (needs wrk: apt-get install -y wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-600}
connections=${2:-16}
port=${PORT:-18080}
. bench/common.sh
need_tools wrk:wrk
# the service with its production JVM settings (as in the Dockerfile): a bounded heap, the serial collector
: > target/soak-service.log
start_service "$port" target/soak-service.log
pid=$service
until_up curl -sf "http://127.0.0.1:$port/q/health/ready"
rss() { ps -o rss= -p "$pid" | awk '{printf "%.1f MB", $1/1024}'; }
# warm up, then measure
wrk -t2 -c"$connections" -d20s -s bench/mixed.lua "http://127.0.0.1:$port" > /dev/null
echo "service pid $pid (JVM options: $java_opts), RSS after warm-up: $(rss)"
( for i in $(seq 1 $((duration / 60))); do sleep 60; echo "  minute $i: RSS $(rss)"; done ) &
sampler=$!
wrk -t2 -c"$connections" -d"${duration}s" --latency -s bench/mixed.lua "http://127.0.0.1:$port" | tee target/soak-wrk.txt
wait $sampler 2>/dev/null || true
echo "RSS at the end: $(rss)"
errors=$(grep -E 'Non-2xx or 3xx responses|Socket errors' target/soak-wrk.txt || true)
echo "errors: ${errors:-none}"
echo "service log errors: $(grep -c ' ERROR ' target/soak-service.log || true)"
