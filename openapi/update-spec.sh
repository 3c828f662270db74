#!/usr/bin/env bash
# Rewrites openapi/openapi.yaml from the code: builds the service (without tests), starts it on a
# spare port with an embedded PostgreSQL of its own (port 54323, data in target/update-spec-postgresql,
# so that it runs beside a service you run), saves what /q/openapi serves, and stops it. Review the
# diff, then run the tests (./mvnw verify), which fail while the file and the code disagree.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -Dmaven.test.skip=true
port=${PORT:-18080}
java -Dquarkus.http.port="$port" \
  -Dlandscape.embedded-postgres.port="${LANDSCAPE_EMBEDDED_POSTGRES_PORT:-54323}" \
  -Dlandscape.embedded-postgres.data-dir="${LANDSCAPE_EMBEDDED_POSTGRES_DATA_DIR:-target/update-spec-postgresql}" \
  -jar target/quarkus-app/quarkus-run.jar > target/update-spec.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && break
  sleep 1
done
curl -sf "http://127.0.0.1:$port/q/openapi" -o openapi/openapi.yaml
echo "openapi/openapi.yaml updated from the code"
