#!/usr/bin/env bash
# The explorer page's weight and speed, in Chromium on loopback: for each view, the bytes on the
# wire (brotli-compressed as Chromium asks; the page's files and its API calls apart), the
# requests, and the time from navigation to interactive, first visit and return visit.
# Usage: bench/page.sh [runs per view]        (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
port=18083
work=target/bench
mkdir -p "$work"
. bench/common.sh
need_tools chromium:chromium
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || { apt-get update -qq && apt-get install -y -qq fonts-noto-cjk > /dev/null; }
[ -d src/test/typescript/node_modules/playwright-core ] || (cd src/test/typescript && npm ci --no-audit --no-fund --silent)

: > "$work/page-service.log"
start_service "$port" "$work/page-service.log"
until_up curl -sf "http://127.0.0.1:$port/q/health/ready"
node bench/page.mjs "http://127.0.0.1:$port" "$runs"
