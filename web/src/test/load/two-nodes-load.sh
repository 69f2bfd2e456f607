#!/usr/bin/env bash
# Two-node load run: two portal nodes on one fresh PostgreSQL database behind nginx (round robin, no sticky sessions,
# as docs/nginx/tactus.conf), one browser session signed in once on node A, then 50 connections on the pay-by-state
# page (/wages) through nginx, so that the requests alternate between the nodes. Then the same through nginx with node A
# alone behind it (same proxy cost) for comparison. Prints throughput, p50 and p99 of both, and every answer that was
# not 200: a redirect to /login from node B means the session was not shared.
#
# Build the jar first: ./mvnw -B -q -DskipTests package
# Usage: web/src/test/load/two-nodes-load.sh
#
# Settings (environment): DURATION (60s), CONNECTIONS (50), THREADS (1), WARMUP (120: seconds through both nodes; two JVMs on two cores need about that to finish compiling
# before the runs), WRK_TIMEOUT (10s), JAR (web/target/tactus.jar), JAVA_OPTS (none), PGHOST (127.0.0.1),
# PGPORT (5432), PGUSER (postgres), PGPASSWORD (none), LOAD_DB (tactus_load: dropped and created again),
# PORT_A (18281), PORT_B (18282), LB_PORT (18280: nginx, both nodes), ONE_PORT (18283: nginx, node A only),
# STAGGER (0: both nodes start together on the empty database, as a fleet would; 1: node B once node A is ready).
# Needs Java 21 or later (JAVA_HOME, else java on the PATH), wrk, nginx, curl, psql/createdb/dropdb (apt-get install -y wrk nginx postgresql-client).
# Exits 1 when the two-node run had any answer other than 200 or any socket error.
set -euo pipefail

DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-1}
WARMUP=${WARMUP:-120}
WRK_TIMEOUT=${WRK_TIMEOUT:-10s}
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
JAR=${JAR:-$ROOT/web/target/tactus.jar}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
LOAD_DB=${LOAD_DB:-tactus_load}
PORT_A=${PORT_A:-18281}
STAGGER=${STAGGER:-0}
PORT_B=${PORT_B:-18282}
LB_PORT=${LB_PORT:-18280}
ONE_PORT=${ONE_PORT:-18283}
WORK=$(mktemp -d)
PIDS=()

cleanup() {
	for pid in "${PIDS[@]}"; do
		kill "$pid" 2>/dev/null || true
	done
	for pid in "${PIDS[@]}"; do
		wait "$pid" 2>/dev/null || true
	done
	rm -rf "$WORK"
}
trap cleanup EXIT

for tool in "$JAVA" wrk nginx curl psql createdb dropdb; do
	command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y wrk nginx postgresql-client)" >&2; exit 2; }
done
[ -f "$JAR" ] || { echo "No $JAR: build the jar first: ./mvnw -B -q -DskipTests package" >&2; exit 2; }

echo "== Database $LOAD_DB on $PGHOST:$PGPORT (dropped and created again)"
dropdb --if-exists "$LOAD_DB"
createdb "$LOAD_DB"

ADMIN_PASSWORD="Load-$(date +%s)-Tactus-pw"
NODE_SETTINGS=(SPRING_PROFILES_ACTIVE=postgres "TACTUS_DB_URL=jdbc:postgresql://$PGHOST:$PGPORT/$LOAD_DB"
	"TACTUS_DB_USER=$PGUSER" "TACTUS_DB_PASSWORD=${PGPASSWORD:-}" "TACTUS_ADMIN_PASSWORD=$ADMIN_PASSWORD"
	"TACTUS_TRUSTED_PROXIES=127.0.0.1")

start_node() {
	local name=$1 port=$2
	mkdir -p "$WORK/node-$name"
	env "${NODE_SETTINGS[@]}" TACTUS_DATA_DIR="$WORK/node-$name" \
"$JAVA" ${JAVA_OPTS:-} -jar "$JAR" --server.port="$port" >"$WORK/node-$name.log" 2>&1 &
	PIDS+=($!)
	echo "Node $name: http://127.0.0.1:$port (pid $!, log $WORK/node-$name.log)"
}

# Waits until a node reports itself ready (the readiness probe, as a load balancer would ask).
wait_ready() {
	local name=$1 port=$2 pid=$3
	for _ in $(seq 1 240); do
		if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = 200 ]; then
			echo "Node $name is ready"
			return 0
		fi
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "Node $name did not start:" >&2
			tail -40 "$WORK/node-$name.log" >&2
			exit 1
		fi
		sleep 1
	done
	echo "Node $name was not ready after 240 s:" >&2
	tail -40 "$WORK/node-$name.log" >&2
	exit 1
}

if [ "$STAGGER" = 1 ]; then
	echo "== Starting two nodes of $JAR one after the other, same settings, profile postgres"
	start_node a "$PORT_A"
	wait_ready a "$PORT_A" "${PIDS[0]}"
	start_node b "$PORT_B"
	wait_ready b "$PORT_B" "${PIDS[1]}"
else
	echo "== Starting two nodes of $JAR together on the empty database, same settings, profile postgres"
	start_node a "$PORT_A"
	start_node b "$PORT_B"
	wait_ready a "$PORT_A" "${PIDS[0]}"
	wait_ready b "$PORT_B" "${PIDS[1]}"
fi

echo "== nginx in front: round robin over both nodes on :$LB_PORT, node A alone on :$ONE_PORT"
mkdir -p "$WORK/nginx"
cat >"$WORK/nginx/nginx.conf" <<EOF
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
worker_processes 1;
events { worker_connections 1024; }
http {
	log_format upstream '\$upstream_addr \$status';
	client_body_temp_path $WORK/nginx/body;
	proxy_temp_path $WORK/nginx/proxy;
	fastcgi_temp_path $WORK/nginx/fastcgi;
	uwsgi_temp_path $WORK/nginx/uwsgi;
	scgi_temp_path $WORK/nginx/scgi;
	upstream both {
		server 127.0.0.1:$PORT_A max_fails=3 fail_timeout=10s;
		server 127.0.0.1:$PORT_B max_fails=3 fail_timeout=10s;
		keepalive 32;
		keepalive_timeout 15s;
	}
	upstream one {
		server 127.0.0.1:$PORT_A max_fails=3 fail_timeout=10s;
		keepalive 32;
		keepalive_timeout 15s;
	}
	server {
		listen 127.0.0.1:$LB_PORT;
		access_log $WORK/nginx/both.log upstream;
		location / {
			proxy_pass http://both;
			proxy_http_version 1.1;
			proxy_set_header Connection "";
			proxy_set_header Host \$host;
			proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
			proxy_set_header X-Forwarded-Proto \$scheme;
		}
	}
	server {
		listen 127.0.0.1:$ONE_PORT;
		access_log $WORK/nginx/one.log upstream;
		location / {
			proxy_pass http://one;
			proxy_http_version 1.1;
			proxy_set_header Connection "";
			proxy_set_header Host \$host;
			proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
			proxy_set_header X-Forwarded-Proto \$scheme;
		}
	}
}
EOF
nginx -t -q -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx"
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
PIDS+=($!)
BOTH="http://127.0.0.1:$LB_PORT"
ONE="http://127.0.0.1:$ONE_PORT"
for _ in $(seq 1 20); do
	curl -s -o /dev/null "$BOTH/login" && break
	sleep 0.5
done

ADMIN="Authorization: Basic $(printf '%s:%s' admin "$ADMIN_PASSWORD" | base64 -w0)"
echo "Waiting for the wage data on both nodes"
for port in "$PORT_A" "$PORT_B"; do
	for _ in $(seq 1 180); do
		curl -s -o /dev/null -w '%{http_code}' -H "$ADMIN" \
			"http://127.0.0.1:$port/api/v1/wages/states?occupation=31-9011" | grep -q 200 && break
		sleep 1
	done
done

SEEKER="load-seeker-$(date +%s)-$$@example.com"
SEEKER_PASSWORD="Load-seeker-2026-pw"
echo "Creating job seeker $SEEKER through the admin API of node A"
status=$(curl -s -o "$WORK/user.json" -w '%{http_code}' -H "$ADMIN" -H 'Content-Type: application/json' \
	-d "{\"username\":\"$SEEKER\",\"password\":\"$SEEKER_PASSWORD\",\"role\":\"JOB_SEEKER\"}" \
	"http://127.0.0.1:$PORT_A/api/v1/users")
[ "$status" = "201" ] || { echo "Could not create the job seeker (HTTP $status):" >&2; cat "$WORK/user.json" >&2; exit 1; }

echo "Signing in once, through the sign-in form of node A"
COOKIES="$WORK/cookies.txt"
A="http://127.0.0.1:$PORT_A"
curl -s -c "$COOKIES" -b "$COOKIES" "$A/login" -o "$WORK/login.html"
CSRF=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/login.html" | head -1 | sed 's/.*value="//;s/"$//')
[ -n "$CSRF" ] || { echo "No CSRF token on $A/login" >&2; exit 1; }
signed_in=$(curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null -w '%{http_code} %{redirect_url}' \
	--data-urlencode "username=$SEEKER" --data-urlencode "password=$SEEKER_PASSWORD" --data-urlencode "_csrf=$CSRF" \
	"$A/login")
# The session cookie: SESSION with sessions in the database (Spring Session), JSESSIONID with Tomcat's own.
SESSION_COOKIE=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" { cookie = $6 "=" $7 } END { print cookie }' "$COOKIES")
[ -n "$SESSION_COOKIE" ] || { echo "No session cookie after signing in ($signed_in)" >&2; exit 1; }
COOKIE="Cookie: $SESSION_COOKIE"
echo "Signed in ($signed_in), ${SESSION_COOKIE%%=*} cookie"
on_a=$(curl -s -o /dev/null -w '%{http_code}' -H "$COOKIE" "$A/wages")
on_b=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -H "$COOKIE" "http://127.0.0.1:$PORT_B/wages")
echo "The page with this session: node A $on_a, node B $on_b"
[ "$on_a" = "200" ] || { echo "The page answered $on_a on node A with the session cookie" >&2; exit 1; }

echo "== Warming up: ${WARMUP}s through both nodes"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H "$COOKIE" "$BOTH/wages" >/dev/null

SUMMARY=""
TWO_NODE_ERRORS=0

# One wrk run through one of nginx's servers; nginx's access log gives every answer's node and status.
run() {
	local name=$1 base=$2 log=$3
	local before
	before=$(wc -l <"$log")
	echo
	echo "== $name: $base/wages ($CONNECTIONS connections, $DURATION)"
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$WRK_TIMEOUT" --latency -H "$COOKIE" "$base/wages" \
		| tee "$WORK/$name.txt"
	tail -n +"$((before + 1))" "$log" >"$WORK/$name.log"
	echo "Answers by node and status (nginx's log):"
	sort "$WORK/$name.log" | uniq -c | sed 's/^/  /'
	local rps p50 p99 total non200 cut socket
	rps=$(awk '/Requests\/sec/ { print $2 }' "$WORK/$name.txt")
	p50=$(awk '$1 == "50%" { print $2 }' "$WORK/$name.txt")
	p99=$(awk '$1 == "99%" { print $2 }' "$WORK/$name.txt")
	total=$(wc -l <"$WORK/$name.log")
	# 499: wrk closed the connection when its time was up, before the answer came; not an error of the portal.
	non200=$(awk '$NF != 200 && $NF != 499' "$WORK/$name.log" | wc -l)
	cut=$(awk '$NF == 499' "$WORK/$name.log" | wc -l)
	# wrk's line "Socket errors: connect 0, read 0, write 0, timeout 3" when there were any.
	socket=$(awk '/Socket errors:/ { gsub(/[^0-9 ]/, " "); for (i = 1; i <= NF; i++) n += $i } END { print n + 0 }' \
		"$WORK/$name.txt")
	if [ "$name" = "two-nodes" ]; then
		TWO_NODE_ERRORS=$((non200 + socket))
	fi
	SUMMARY="$SUMMARY$(printf '%-10s %10s req/s   p50 %8s   p99 %8s   %s requests: %s not 200, %s socket errors, %s %s' \
		"$name" "$rps" "$p50" "$p99" "$total" "$non200" "$socket" "$cut" 'cut off by the end of the run')\n"
}

run two-nodes "$BOTH" "$WORK/nginx/both.log"
run one-node "$ONE" "$WORK/nginx/one.log"

echo
echo "== Summary ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $CONNECTIONS connections, $DURATION, session" \
	"signed in on node A: B answered '$on_b')"
printf "%b" "$SUMMARY"
if [ "$TWO_NODE_ERRORS" -gt 0 ]; then
	echo "ERRORS in the two-node run: answers other than 200 (302 to /login: the session is not shared) or socket errors"
	exit 1
fi
echo "No errors in the two-node run"
