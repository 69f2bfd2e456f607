#!/usr/bin/env bash
# Load test of pay by state: the comparison page (signed in through the login form, session cookie)
# and the states API (HTTP Basic), with wrk at 50 connections.
#
# Usage:
#   web/src/test/load/wages-load.sh                  # starts web/target/tactus.jar on a temp data dir
#   web/src/test/load/wages-load.sh http://host:8080 # targets a running portal; needs ADMIN_PASSWORD
#   web/src/test/load/wages-load.sh old.jar new.jar  # each jar in turn, same settings; prints both summaries
#
# Settings (environment): DURATION (20s), CONNECTIONS (50), THREADS (1), WARMUP (40: twice 40 s on the page and 20 s
# on the API), WRK_TIMEOUT (10s), PORT (18181 when starting the jar), JAR (web/target/tactus.jar), JAVA_OPTS (none),
# ADMIN_PASSWORD (for a given base URL).
# One wrk thread keeps 50 connections busy at these rates; on a 2-core machine a second one takes CPU from the portal.
# The JIT keeps compiling for about a minute under load, hence the long warm-up: the figures are the steady state.
# Build the jar first: ./mvnw -B -o -q -DskipTests package
set -euo pipefail

if [ $# -ge 1 ] && [[ $1 == *.jar ]]; then
	ALL=$(mktemp)
	trap 'rm -f "$ALL"' EXIT
	for jar in "$@"; do
		[ -f "$jar" ] || { echo "No $jar" >&2; exit 2; }
		echo "==== $jar ($(date -u '+%Y-%m-%d %H:%M UTC'))"
		echo "$jar" >>"$ALL"
		JAR="$jar" SUMMARY_FILE="$ALL" "$0"
	done
	echo
	echo "==== All builds ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, ${CONNECTIONS:-50} connections)"
	cat "$ALL"
	exit 0
fi

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-1}
WARMUP=${WARMUP:-40}
# wrk leaves requests slower than its timeout (2 s by default) out of the latency figures; a longer one keeps them in.
WRK_TIMEOUT=${WRK_TIMEOUT:-10s}
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
JAR=${JAR:-$ROOT/web/target/tactus.jar}
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

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

if [ $# -ge 1 ]; then
	BASE=${1%/}
	: "${ADMIN_PASSWORD:?set ADMIN_PASSWORD (the password of user admin) to target $BASE}"
else
	[ -f "$JAR" ] || { echo "No $JAR: build it with ./mvnw -B -o -q -DskipTests package" >&2; exit 2; }
	PORT=${PORT:-18181}
	BASE="http://localhost:$PORT"
	ADMIN_PASSWORD="Load-$(date +%s)-Tactus-pw"
	mkdir -p "$WORK/data"
	echo "Starting $JAR on $BASE (data in $WORK/data)"
	TACTUS_DATA_DIR="$WORK/data" TACTUS_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
		java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" >"$WORK/server.log" 2>&1 &
	SERVER_PID=$!
fi

echo "Waiting for $BASE"
for _ in $(seq 1 180); do
	if curl -s -o /dev/null -w '%{http_code}' "$BASE/login" 2>/dev/null | grep -q 200; then
		break
	fi
	if [ -n "$SERVER_PID" ] && ! kill -0 "$SERVER_PID" 2>/dev/null; then
		echo "The portal did not start:" >&2
		tail -40 "$WORK/server.log" >&2
		exit 1
	fi
	sleep 1
done

SEEKER="load-seeker-$(date +%s)-$$@example.com"
SEEKER_PASSWORD="Load-seeker-2026-pw"
echo "Creating job seeker $SEEKER through the admin API"
for _ in $(seq 1 60); do
	status=$(curl -s -o "$WORK/user.json" -w '%{http_code}' -u "admin:$ADMIN_PASSWORD" \
		-H 'Content-Type: application/json' \
		-d "{\"username\":\"$SEEKER\",\"password\":\"$SEEKER_PASSWORD\",\"role\":\"JOB_SEEKER\"}" \
		"$BASE/api/v1/users")
	[ "$status" = "201" ] && break
	sleep 1
done
[ "$status" = "201" ] || { echo "Could not create the job seeker (HTTP $status):" >&2; cat "$WORK/user.json" >&2; exit 1; }

AUTH="Authorization: Basic $(printf '%s:%s' "$SEEKER" "$SEEKER_PASSWORD" | base64 -w0)"
echo "Waiting for the wage data"
for _ in $(seq 1 120); do
	curl -s -o /dev/null -w '%{http_code}' -H "$AUTH" "$BASE/api/v1/wages/states?occupation=31-9011" | grep -q 200 && break
	sleep 1
done

echo "Signing in through the login form"
JAR_FILE="$WORK/cookies.txt"
curl -s -c "$JAR_FILE" -b "$JAR_FILE" "$BASE/login" -o "$WORK/login.html"
CSRF=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/login.html" | head -1 | sed 's/.*value="//;s/"$//')
curl -s -c "$JAR_FILE" -b "$JAR_FILE" --data-urlencode "username=$SEEKER" --data-urlencode "password=$SEEKER_PASSWORD" \
	--data-urlencode "_csrf=$CSRF" -o /dev/null "$BASE/login"
# SESSION with sessions in the database (Spring Session), JSESSIONID with Tomcat's own (older builds).
SESSION_COOKIE=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" { cookie = $6 "=" $7 } END { print cookie }' "$JAR_FILE")
COOKIE="Cookie: $SESSION_COOKIE"
page=$(curl -s -o /dev/null -w '%{http_code}' -H "$COOKIE" "$BASE/wages")
[ "$page" = "200" ] || { echo "The comparison page answered $page with the session cookie" >&2; exit 1; }

PAGE_URL="$BASE/wages"
API_URL="$BASE/api/v1/wages/states?occupation=31-9011"

echo "Warming up (twice ${WARMUP}s on the page and $((WARMUP / 2))s on the API)"
for _ in 1 2; do
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H "$COOKIE" "$PAGE_URL" >/dev/null
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$((WARMUP / 2))s" -H "$AUTH" "$API_URL" >/dev/null
done

run() {
	local name=$1 header=$2 url=$3
	echo
	echo "== $name: $url ($CONNECTIONS connections, $DURATION)"
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$WRK_TIMEOUT" --latency -H "$header" "$url" \
		| tee "$WORK/$name.txt"
	local rps p50 p99 errors
	rps=$(awk '/Requests\/sec/ { print $2 }' "$WORK/$name.txt")
	p50=$(awk '$1 == "50%" { print $2 }' "$WORK/$name.txt")
	p99=$(awk '$1 == "99%" { print $2 }' "$WORK/$name.txt")
	errors=$(grep -E 'Non-2xx|Socket errors' "$WORK/$name.txt" | tr '\n' ' ' || true)
	SUMMARY="$SUMMARY$(printf '%-16s %10s req/s   p50 %8s   p99 %8s   %s' "$name" "$rps" "$p50" "$p99" "$errors")\n"
}

SUMMARY=""
run comparison-page "$COOKIE" "$PAGE_URL"
run states-api "$AUTH" "$API_URL"
echo
echo "== Summary (target p99 < 50 ms; $(date -u '+%Y-%m-%d %H:%M UTC'))"
printf "%b" "$SUMMARY"
if [ -n "${SUMMARY_FILE:-}" ]; then
	printf "%b" "$SUMMARY" | sed 's/^/    /' >>"$SUMMARY_FILE"
fi
