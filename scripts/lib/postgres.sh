# A throw-away PostgreSQL server for the tests: installed from Debian when missing, made in a
# new folder, listening only on a socket in that folder, removed again when the script ends.
# shellcheck shell=bash

# start_test_postgres: starts the server and exports PRAATMAAT_TEST_POSTGRES (its address).
start_test_postgres() {
  need_packages postgresql openssl
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "$bin/initdb" ] || { echo "praatmaat: PostgreSQL's initdb was not found after installing." >&2; return 1; }
  PG_TEST_DIR=$(mktemp -d /tmp/praatmaat-pg.XXXXXX)
  # The server refuses to run as root: then it runs as Debian's postgres user.
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$PG_TEST_DIR"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U praatmaat --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$PG_TEST_DIR/initdb.log" 2>&1 || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
  # TLS with a certificate made now for localhost, to test encrypted connections.
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost" -keyout "$PG_TEST_DIR/data/server.key" \
    -out "$PG_TEST_DIR/data/server.crt" >/dev/null 2>&1 || { echo "praatmaat: openssl failed." >&2; return 1; }
  cp "$PG_TEST_DIR/data/server.crt" "$PG_TEST_DIR/root.crt"
  chmod 600 "$PG_TEST_DIR/data/server.key"
  [ "${#as[@]}" -eq 0 ] || chown postgres: "$PG_TEST_DIR/data/server.key" "$PG_TEST_DIR/data/server.crt"
  # The socket in the folder, and a port on 127.0.0.1 only (for TLS): nothing outside this
  # machine can reach it.
  local port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "${as[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_TEST_DIR -c max_connections=60 -c ssl=on" start >/dev/null \
    || { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
  PG_TEST_BIN=$bin
  PG_TEST_PORT=$port
  PG_TEST_AS=("${as[@]}")
  "$bin/createdb" -h "$PG_TEST_DIR" -p "$port" -U praatmaat praatmaat
  export PRAATMAAT_TEST_POSTGRES="postgres://praatmaat@/praatmaat?host=$PG_TEST_DIR&port=$port"
  # The same server over TCP; the test adds sslmode and the root certificate.
  export PRAATMAAT_TEST_POSTGRES_TCP="postgres://praatmaat@localhost:$port/praatmaat"
  export PRAATMAAT_TEST_POSTGRES_ROOT="$PG_TEST_DIR/root.crt"
  export PRAATMAAT_TEST_POSTGRES_BIN="$bin" PRAATMAAT_TEST_POSTGRES_SOCKET="$PG_TEST_DIR"
}

# stop_test_postgres: stops the server and removes its folder.
stop_test_postgres() {
  [ -n "${PG_TEST_DIR:-}" ] || return 0
  "${PG_TEST_AS[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$PG_TEST_DIR"
  PG_TEST_DIR=""
}
