#!/usr/bin/env bash
# Two Tutti nodes behind nginx on this machine, without Docker, for tests and demos.
#
#   deploy/local-cluster.sh start     build nothing; start node 1, node 2 and nginx (default)
#   deploy/local-cluster.sh stop      stop them (by the process ids this script recorded)
#   deploy/local-cluster.sh status    show what runs and where the logs are
#
# Needs the built jar (./mvnw -B -o -DskipTests package), the local PostgreSQL on 127.0.0.1:5432
# (the database tutti_cluster is created if missing) and nginx (the Debian package is installed
# with apt when missing). nginx runs as a user-level instance with a generated config in the
# cluster directory; sticky sessions use a routing cookie, and WebSocket upgrades are passed on
# for Vaadin push.
#
# Settings (environment): TUTTI_JAR (target/tutti.jar), TUTTI_CLUSTER_DIR (/tmp/tutti-cluster),
# TUTTI_CLUSTER_PORT (8088, nginx), TUTTI_NODE_PORTS ("8081 8082"), TUTTI_CLUSTER_DB (tutti_cluster),
# PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD (empty).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR="${TUTTI_JAR:-target/tutti.jar}"
DIR="${TUTTI_CLUSTER_DIR:-${TMPDIR:-/tmp}/tutti-cluster}"
LB_PORT="${TUTTI_CLUSTER_PORT:-8088}"
read -r -a NODE_PORTS <<< "${TUTTI_NODE_PORTS:-8081 8082}"
DB="${TUTTI_CLUSTER_DB:-tutti_cluster}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# A JDK >= 21: JAVA_HOME when it is one, else the newest under /usr/lib/jvm.
find_java() {
  local candidate
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -V -r); do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    local version
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
    if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then echo "$candidate/bin/java"; return; fi
  done
  echo "local-cluster: no JDK 21 or newer found (set JAVA_HOME)" >&2
  exit 1
}

find_nginx() {
  if ! command -v nginx >/dev/null 2>&1 && ! [ -x /usr/sbin/nginx ]; then
    echo "local-cluster: installing nginx (Debian package)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq nginx
  fi
  command -v nginx 2>/dev/null || echo /usr/sbin/nginx
}

ensure_database() {
  pg_isready -q || { echo "local-cluster: PostgreSQL does not answer at $PGHOST:$PGPORT" >&2; exit 1; }
  if [ "$(psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
    echo "local-cluster: creating database $DB"
    createdb "$DB"
  fi
}

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

start_node() {
  local n="$1" port="$2" java="$3"
  if running "$DIR/node$n.pid"; then echo "local-cluster: node $n already runs"; return; fi
  mkdir -p "$DIR/node$n"
  nohup "$java" --enable-native-access=ALL-UNNAMED -Dai.djl.offline=true -jar "$DIR/tutti.jar" \
    --server.port="$port" \
    --server.forward-headers-strategy=native \
    --tutti.data-dir="$DIR/node$n" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    --spring.datasource.username="$PGUSER" \
    --spring.datasource.password="${PGPASSWORD:-}" \
    > "$DIR/node$n.log" 2>&1 &
  echo $! > "$DIR/node$n.pid"
  echo "local-cluster: node $n starting on port $port (log $DIR/node$n.log)"
}

write_nginx_config() {
  local conf="$DIR/nginx" servers="" port
  mkdir -p "$conf/temp"
  for port in "${NODE_PORTS[@]}"; do servers+="server 127.0.0.1:$port; "; done
  sed -e "s|\${TUTTI_LISTEN_PORT}|$LB_PORT|" -e "s|\${TUTTI_UPSTREAM_SERVERS}|$servers|" \
    deploy/nginx/tutti.conf.template > "$conf/tutti.conf"
  cat > "$conf/nginx.conf" <<CONF
worker_processes 1;
pid $conf/nginx-master.pid;
error_log $conf/error.log;
events { worker_connections 1024; }
http {
    log_format tutti '\$time_local \$remote_addr "\$request" \$status node=\$upstream_addr';
    access_log $conf/access.log tutti;
    client_body_temp_path $conf/temp/body;
    proxy_temp_path $conf/temp/proxy;
    fastcgi_temp_path $conf/temp/fastcgi;
    uwsgi_temp_path $conf/temp/uwsgi;
    scgi_temp_path $conf/temp/scgi;
    include $conf/tutti.conf;
}
CONF
}

start_nginx() {
  local nginx="$1"
  if running "$DIR/nginx/nginx.pid"; then echo "local-cluster: nginx already runs"; return; fi
  write_nginx_config
  "$nginx" -t -q -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf"
  nohup "$nginx" -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -g 'daemon off;' > "$DIR/nginx/nginx.out" 2>&1 &
  echo $! > "$DIR/nginx/nginx.pid"
  echo "local-cluster: nginx on http://localhost:$LB_PORT (config $DIR/nginx/nginx.conf)"
}

wait_healthy() {
  local port="$1" i
  for i in $(seq 1 180); do
    if curl -fs "http://127.0.0.1:$port/actuator/health" | grep -q '"status":"UP"'; then return 0; fi
    sleep 1
  done
  echo "local-cluster: port $port did not become healthy; see the logs in $DIR" >&2
  return 1
}

stop_pid_file() {
  local file="$1" name="$2"
  if running "$file"; then
    kill "$(cat "$file")"
    for _ in $(seq 1 30); do running "$file" || break; sleep 1; done
    if running "$file"; then kill -9 "$(cat "$file")"; fi
    echo "local-cluster: stopped $name"
  fi
  rm -f "$file"
}

case "${1:-start}" in
  start)
    [ -f "$JAR" ] || { echo "local-cluster: $JAR is missing; build it with ./mvnw -B -o -DskipTests package" >&2; exit 1; }
    java=$(find_java)
    nginx=$(find_nginx)
    ensure_database
    mkdir -p "$DIR"
    # The nodes run a copy, so rebuilding target/ meanwhile does not pull the jar from under them.
    if ! running "$DIR/node1.pid"; then cp "$JAR" "$DIR/tutti.jar"; fi
    # The first node migrates the database; the second starts once it is up.
    start_node 1 "${NODE_PORTS[0]}" "$java"
    wait_healthy "${NODE_PORTS[0]}"
    for i in $(seq 2 "${#NODE_PORTS[@]}"); do start_node "$i" "${NODE_PORTS[$((i - 1))]}" "$java"; done
    for port in "${NODE_PORTS[@]:1}"; do wait_healthy "$port"; done
    start_nginx "$nginx"
    wait_healthy "$LB_PORT"
    echo "local-cluster: ready at http://localhost:$LB_PORT"
    ;;
  stop)
    stop_pid_file "$DIR/nginx/nginx.pid" nginx
    for i in $(seq 1 "${#NODE_PORTS[@]}"); do stop_pid_file "$DIR/node$i.pid" "node $i"; done
    ;;
  status)
    for i in $(seq 1 "${#NODE_PORTS[@]}"); do
      if running "$DIR/node$i.pid"; then state="runs (pid $(cat "$DIR/node$i.pid"))"; else state="stopped"; fi
      echo "node $i, port ${NODE_PORTS[$((i - 1))]}: $state; log $DIR/node$i.log"
    done
    if running "$DIR/nginx/nginx.pid"; then echo "nginx, port $LB_PORT: runs"; else echo "nginx, port $LB_PORT: stopped"; fi
    ;;
  *)
    echo "usage: $0 [start|stop|status]" >&2
    exit 2
    ;;
esac
