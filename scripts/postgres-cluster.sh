# A throwaway PostgreSQL server for tests and benchmarks; source it, then call start_postgres_cluster.
# Installs Debian's postgresql when it is missing, makes a cluster in a temporary folder (owned by the
# `postgres` user when run as root, since initdb refuses root), starts it on 127.0.0.1 on a free port
# with its socket in that folder, creates the database `spar`, and sets SPAR_POSTGRES_CLUSTER_URL.
# stop_postgres_cluster stops it and removes the folder; callers trap it on EXIT.

postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

start_postgres_cluster() {
  local bin
  bin=$(postgres_bin)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || [ ! -x "$bin/postgres" ]; then
    echo "postgres-cluster: installing postgresql" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(postgres_bin)
  fi
  [ -x "$bin/initdb" ] || { echo "postgres-cluster: no initdb after installing postgresql" >&2; return 1; }
  POSTGRES_CLUSTER_BIN=$bin
  POSTGRES_CLUSTER_DIR=$(mktemp -d "${TMPDIR:-/tmp}/spar-postgres.XXXXXX")
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown postgres "$POSTGRES_CLUSTER_DIR"
  fi
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  postgres_as_owner "$bin/initdb" -D "$POSTGRES_CLUSTER_DIR/data" -U spar --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  postgres_as_owner "$bin/pg_ctl" -D "$POSTGRES_CLUSTER_DIR/data" -l "$POSTGRES_CLUSTER_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $POSTGRES_CLUSTER_DIR -c max_connections=200" start >/dev/null || {
    echo "postgres-cluster: the PostgreSQL server did not start:" >&2
    cat "$POSTGRES_CLUSTER_DIR/server.log" >&2
    return 1
  }
  postgres_as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U spar spar
  POSTGRES_CLUSTER_PORT=$port
  SPAR_POSTGRES_CLUSTER_URL="postgres://spar@127.0.0.1:$port/spar?sslmode=disable"
  echo "postgres-cluster: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

postgres_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A new empty database on the cluster; prints its URL.
postgres_cluster_database() {
  postgres_as_owner "$POSTGRES_CLUSTER_BIN/createdb" -h 127.0.0.1 -p "$POSTGRES_CLUSTER_PORT" -U spar "$1"
  echo "postgres://spar@127.0.0.1:$POSTGRES_CLUSTER_PORT/$1?sslmode=disable"
}

stop_postgres_cluster() {
  [ -n "${POSTGRES_CLUSTER_DIR:-}" ] || return 0
  postgres_as_owner "$POSTGRES_CLUSTER_BIN/pg_ctl" -D "$POSTGRES_CLUSTER_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$POSTGRES_CLUSTER_DIR"
  POSTGRES_CLUSTER_DIR=
}
