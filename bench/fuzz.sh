#!/usr/bin/env bash
# A long spec-driven fuzz run: 10,000 requests generated from openapi/openapi.yaml against the
# service (the suite's ApiFuzzTest runs 2,000). Asserts no 5xx, problem+json on every 4xx and
# spec-valid 2xx bodies. Usage: bench/fuzz.sh [requests] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-10000}
seed=${2:-$(date +%s)}
log=target/fuzz.log
mkdir -p target
echo "fuzzing $requests requests, seed $seed (log: $log)"
status=0
./mvnw -B verify -Dtest=ApiFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -DskipITs \
  -Dfuzz.requests="$requests" -Dfuzz.seed="$seed" > "$log" 2>&1 || status=$?
grep -a -E '^(fuzzing|fuzz statuses)|Tests run:.*ApiFuzzTest|BUILD' "$log" || true
exit $status
