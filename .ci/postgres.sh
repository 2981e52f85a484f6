#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests, on 127.0.0.1 only.
#   source .ci/postgres.sh && pg_test_start   # installs it from Debian's packages if missing, starts it,
#                                             # exports REPORTBOT_TEST_POSTGRES (a connection string)
#   pg_test_stop                              # stops it and deletes its data directory
# initdb refuses to run as root, so as root the server runs as the `postgres` user the Debian package creates.
pg_test_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [[ -z "$bin" ]]; then
    echo "PostgreSQL is not installed; installing it from Debian's packages" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    # The package starts a cluster of its own on 5432; the tests use their own server, so leave it alone.
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$bin"
}

pg_test_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

pg_test_start() {
  local bin port user run
  bin=$(pg_test_bin) || return 1
  port=$(pg_test_free_port)
  PG_TEST_DIR=$(mktemp -d /tmp/reportbot-pg-XXXXXX)
  user=$(id -un)
  run=()
  if [[ $(id -u) -eq 0 ]]; then
    user=postgres
    run=(runuser -u postgres --)
    chown postgres "$PG_TEST_DIR"
  fi
  "${run[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U reportbot --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$PG_TEST_DIR/initdb.log" 2>&1 \
    || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
  # Three bot instances, the tests' own connections and a pool each: more than the default 100 connections.
  # fsync stays on: the tests kill processes, not the machine, but the settings are the ones an operator has.
  "${run[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$PG_TEST_DIR -c max_connections=300 -c shared_buffers=128MB" start >/dev/null \
    || { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
  PG_TEST_RUN=("${run[@]}")
  PG_TEST_PG_CTL="$bin/pg_ctl"
  export REPORTBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=reportbot;Database=postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $PG_TEST_DIR)"
}

pg_test_stop() {
  if [[ -n "${PG_TEST_DIR:-}" && -d "$PG_TEST_DIR/data" ]]; then
    "${PG_TEST_RUN[@]}" "$PG_TEST_PG_CTL" -D "$PG_TEST_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_TEST_DIR"
  fi
}
