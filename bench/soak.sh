#!/usr/bin/env bash
# Soak: mixed read load on the service for a bounded time (default 10 minutes) on loopback, then
# the errors and the service's memory (RSS) at the start, every minute, and at the end.
# Usage: bench/soak.sh [seconds] [connections]      (needs wrk: apt-get install -y wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-600}
connections=${2:-16}
port=${PORT:-18080}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -Dmaven.test.skip=true
# the service's production JVM settings (as in the Dockerfile): a bounded heap, the serial collector
java_opts=${JAVA_OPTS:-$(cat bench/jvm.options)}
# shellcheck disable=SC2086
java $java_opts -Dquarkus.http.port="$port" -jar target/quarkus-app/quarkus-run.jar > target/soak-service.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && break; sleep 1; done
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
