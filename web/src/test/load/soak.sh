#!/usr/bin/env bash
# Long-running check (not a benchmark): two nodes on one fresh PostgreSQL database and one node on the default H2 file
# database, under light traffic for SOAK_MINUTES (40: past Hikari's 30-minute connection lifetime, so every pooled
# connection is recycled at least once, and past many session clean-ups, lease sweeps and generation polls). Every
# second: the pay-by-state page with one signed-in session, alternately on node A and node B, and on the H2 node; the
# states API with HTTP Basic. Every 5 minutes: publish an older dataset on node A and check node B serves it within
# 5 s, then roll back (also on the H2 node). Once: an upload imported on node B. At the end: every answer that was not
# 200, and every ERROR in the nodes' logs. Exits 1 on any.
#
# Build the jar first: ./mvnw -B -q -DskipTests package
# Settings (environment): SOAK_MINUTES (40), JAR (web/target/tactus.jar), PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres),
# SOAK_DB (tactus_soak: dropped and created again), PORT_A (18381), PORT_B (18382), PORT_H2 (18383).
set -euo pipefail

SOAK_MINUTES=${SOAK_MINUTES:-40}
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
JAR=${JAR:-$ROOT/web/target/tactus.jar}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
SOAK_DB=${SOAK_DB:-tactus_soak}
PORT_A=${PORT_A:-18381}
PORT_B=${PORT_B:-18382}
PORT_H2=${PORT_H2:-18383}
WORK=${SOAK_WORK:-$(mktemp -d)}
PIDS=()
cleanup() {
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
[ -f "$JAR" ] || { echo "No $JAR: build the jar first" >&2; exit 2; }
echo "== Work directory $WORK; database $SOAK_DB (dropped and created again); $SOAK_MINUTES minutes"
dropdb --if-exists "$SOAK_DB"
createdb "$SOAK_DB"
ADMIN_PASSWORD="Soak-$(date +%s)-Tactus-pw"
start() {
	local name=$1 port=$2
	shift 2
	mkdir -p "$WORK/$name"
	env TACTUS_ADMIN_PASSWORD="$ADMIN_PASSWORD" TACTUS_DATA_DIR="$WORK/$name" "$@" \
		"$JAVA" -XX:+ExitOnOutOfMemoryError -jar "$JAR" --server.port="$port" >"$WORK/$name.log" 2>&1 &
	PIDS+=($!)
}
PG=(SPRING_PROFILES_ACTIVE=postgres "TACTUS_DB_URL=jdbc:postgresql://$PGHOST:$PGPORT/$SOAK_DB" "TACTUS_DB_USER=$PGUSER")
start a "$PORT_A" "${PG[@]}"
start b "$PORT_B" "${PG[@]}"
start h2 "$PORT_H2"
for port in "$PORT_A" "$PORT_B" "$PORT_H2"; do
	for _ in $(seq 1 240); do
		[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = 200 ] && break
		sleep 1
	done
done
A=http://127.0.0.1:$PORT_A B=http://127.0.0.1:$PORT_B H2=http://127.0.0.1:$PORT_H2
published() { curl -s -u "admin:$ADMIN_PASSWORD" "$1/api/v1/wages/states" | python3 -c 'import json,sys; print(json.load(sys.stdin)["dataset"]["id"])'; }
for node in "$A" "$H2"; do
	for _ in $(seq 1 120); do [ -n "$(published "$node" 2>/dev/null)" ] && break; sleep 1; done
done
SEEKER="soak-$(date +%s)@example.com" SEEKER_PASSWORD="Soak-seeker-2026-pw"
sign_in() {
	local base=$1 jar=$2
	curl -s -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' -o /dev/null \
		-d "{\"username\":\"$SEEKER\",\"password\":\"$SEEKER_PASSWORD\",\"role\":\"JOB_SEEKER\"}" "$base/api/v1/users"
	curl -s -c "$jar" -b "$jar" "$base/login" -o "$WORK/login.html"
	local csrf
	csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/login.html" | head -1 | sed 's/.*value="//;s/"$//')
	curl -s -c "$jar" -b "$jar" --data-urlencode "username=$SEEKER" --data-urlencode "password=$SEEKER_PASSWORD" \
		--data-urlencode "_csrf=$csrf" -o /dev/null "$base/login"
}
sign_in "$A" "$WORK/pg-cookies.txt"
sign_in "$H2" "$WORK/h2-cookies.txt"
RESULTS="$WORK/results.txt"
: >"$RESULTS"
get() { echo "$1 $(curl -s -o /dev/null -w '%{http_code}' -b "$2" "$3")" >>"$RESULTS"; }
api() { echo "$1 $(curl -s -o /dev/null -w '%{http_code}' -u "$SEEKER:$SEEKER_PASSWORD" "$2/api/v1/wages/states")" >>"$RESULTS"; }
publish() { curl -s -o /dev/null -w '%{http_code}' -u "admin:$ADMIN_PASSWORD" -X POST "$1/api/v1/datasets/$2/publish"; }
older() { curl -s -u "admin:$ADMIN_PASSWORD" "$1/api/v1/datasets" | python3 -c 'import json,sys
d=json.load(sys.stdin); d=d.get("datasets", d) if isinstance(d, dict) else d
print(next(x["id"] for x in d if x["status"] == "RETIRED"))'; }
check_publish() {
	local first=$1 other=$2 label=$3 before target
	before=$(published "$first")
	target=$(older "$first")
	echo "$label-publish $(publish "$first" "$target")" >>"$RESULTS"
	local seen=000
	for _ in $(seq 1 50); do [ "$(published "$other")" = "$target" ] && { seen=200; break; }; sleep 0.1; done
	echo "$label-seen-within-5s $seen" >>"$RESULTS"
	echo "$label-rollback $(publish "$first" "$before")" >>"$RESULTS"
}
END=$(( $(date +%s) + SOAK_MINUTES * 60 ))
second=0
uploaded=0
echo "== Traffic until $(date -u -d "@$END" '+%H:%M UTC')"
while [ "$(date +%s)" -lt "$END" ]; do
	if [ $((second % 2)) = 0 ]; then get page-a "$WORK/pg-cookies.txt" "$A/wages"; else get page-b "$WORK/pg-cookies.txt" "$B/wages"; fi
	get page-h2 "$WORK/h2-cookies.txt" "$H2/wages"
	if [ $((second % 2)) = 0 ]; then api api-a "$A"; else api api-b "$B"; fi
	if [ $((second % 300)) = 150 ]; then
		check_publish "$A" "$B" pg
		check_publish "$H2" "$H2" h2
	fi
	if [ "$uploaded" = 0 ] && [ "$second" -ge 600 ]; then
		uploaded=1
		# The bundled 2019 file with Alaska's annual mean one dollar higher: a new file (another SHA-256).
		sed '2 s/,77080,/,77081,/' "$ROOT/data/oews/oews-2019-31-9011-states.csv" >"$WORK/state_M2019_dl.csv"
		echo "upload-b $(curl -s -o /dev/null -w '%{http_code}' -u "admin:$ADMIN_PASSWORD" -F "file=@$WORK/state_M2019_dl.csv" "$B/api/v1/datasets")" >>"$RESULTS"
	fi
	second=$((second + 1))
	sleep 1
done
echo "== Answers (kind, status, count)"
sort "$RESULTS" | uniq -c | sort -k2
echo "== ERROR lines in the nodes' logs"
errors=$(grep -c ' ERROR ' "$WORK"/a.log "$WORK"/b.log "$WORK"/h2.log || true)
echo "$errors"
grep -h ' ERROR ' "$WORK"/a.log "$WORK"/b.log "$WORK"/h2.log | head -20 || true
bad=$(awk '$2 != 200 && $2 != 202' "$RESULTS" | wc -l)
echo "== $(wc -l <"$RESULTS") checks, $bad not 200/202"
if [ "$bad" -gt 0 ] || grep -q ' ERROR ' "$WORK"/a.log "$WORK"/b.log "$WORK"/h2.log; then exit 1; fi
