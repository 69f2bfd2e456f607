#!/usr/bin/env bash
# Slow-body attack on the portal: 64 clients that declare a body (60 KB sign-in form, 200 KB JSON, 1 MB upload)
# and send it a byte a second, while one client asks for GET /login in a loop for 30 s; prints that client's p50 and
# p99 (SlowClients.java). Give one or more jars to compare them, one after another, on the same machine:
#
#   web/src/test/load/slow-clients.sh /tmp/old/web/target/tactus.jar web/target/tactus.jar
#   web/src/test/load/slow-clients.sh                  # web/target/tactus.jar
#
# Settings (environment): CLIENTS (64), ATTACK_SECONDS (30), TIMEOUT (10: a GET slower than this counts as this),
# PORT (18182), JAVA_OPTS (none).
set -euo pipefail

CLIENTS=${CLIENTS:-64}
ATTACK_SECONDS=${ATTACK_SECONDS:-30}
TIMEOUT=${TIMEOUT:-10}
PORT=${PORT:-18182}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../../.." && pwd)
[ $# -ge 1 ] || set -- "$ROOT/web/target/tactus.jar"
WORK=$(mktemp -d)
SERVER_PID=""

cleanup() {
	if [ -n "$SERVER_PID" ]; then
		kill "$SERVER_PID" 2>/dev/null || true
		wait "$SERVER_PID" 2>/dev/null || true
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT

SUMMARY=""
for jar in "$@"; do
	[ -f "$jar" ] || { echo "No $jar" >&2; exit 2; }
	rm -rf "$WORK/data" && mkdir -p "$WORK/data"
	echo "== $jar on http://localhost:$PORT ($(date -u '+%Y-%m-%d %H:%M UTC'))"
	TACTUS_DATA_DIR="$WORK/data" TACTUS_ADMIN_PASSWORD="Slow-$(date +%s)-Tactus-pw" \
		java ${JAVA_OPTS:-} -jar "$jar" --server.port="$PORT" >"$WORK/server.log" 2>&1 &
	SERVER_PID=$!
	for _ in $(seq 1 180); do
		curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login" 2>/dev/null | grep -q 200 && break
		kill -0 "$SERVER_PID" 2>/dev/null || { echo "The portal did not start:" >&2; tail -40 "$WORK/server.log" >&2; exit 1; }
		sleep 1
	done
	result=$(java "$HERE/SlowClients.java" "http://localhost:$PORT" "$CLIENTS" "$ATTACK_SECONDS" "$TIMEOUT")
	echo "$result"
	SUMMARY="$SUMMARY$jar\n    $result\n"
	kill "$SERVER_PID"
	wait "$SERVER_PID" 2>/dev/null || true
	SERVER_PID=""
done
echo
echo "== Summary ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores)"
printf "%b" "$SUMMARY"
