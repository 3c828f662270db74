# Sourced by the benchmark scripts (from the repository's top): the tools they need, the jar, the
# service's start with the production JVM settings, and stopping what they started on exit.

# need_tools command:package ... installs, from Debian, the packages of the commands not found
need_tools() {
  local need=() t
  for t in "$@"; do command -v "${t%%:*}" > /dev/null || [ -x "/usr/sbin/${t%%:*}" ] || need+=("${t#*:}"); done
  if [ ${#need[@]} -gt 0 ]; then apt-get update -qq && apt-get install -y -qq "${need[@]}" > /dev/null; fi
}

# nginx's binary: Debian installs it in /usr/sbin, not always on the PATH
nginx_bin=/usr/sbin/nginx
command -v nginx > /dev/null && nginx_bin=$(command -v nginx)

# the jar, built once
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -Dmaven.test.skip=true

# what the script starts is stopped when it ends
pids=()
stop_all() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop_all EXIT

# the benchmarks load the service from one address: no per-client rate limit, unless set otherwise
export LANDSCAPE_RATE_LIMIT_ENABLED=${LANDSCAPE_RATE_LIMIT_ENABLED:-false}

# the production JVM settings (as in the Dockerfile), unless JAVA_OPTS says otherwise
java_opts=${JAVA_OPTS:-$(cat bench/jvm.options)}

# start_service PORT LOG [JVM options...]: starts the service (appending to LOG), sets $service
start_service() {
  local port=$1 log=$2
  shift 2
  # shellcheck disable=SC2086
  java $java_opts "$@" -Dquarkus.http.port="$port" -jar target/quarkus-app/quarkus-run.jar >> "$log" 2>&1 &
  service=$!
  pids+=("$service")
}

# until_up COMMAND...: waits until the command succeeds; gives up when the service has stopped
until_up() {
  until "$@" > /dev/null 2>&1; do
    kill -0 "$service" 2>/dev/null || { echo "the service stopped; see its log" >&2; exit 1; }
    sleep 0.05
  done
}

# ms DURATION: a wrk duration (850.00us, 4.69ms, 1.20s) in milliseconds
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v/1000; else if (v ~ /ms$/) printf "%.2f", v+0; else if (v ~ /s$/) printf "%.2f", v*1000; else print v }'; }
