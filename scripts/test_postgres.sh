#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the database tests: `start DIR` creates and starts one in
# DIR (listening on 127.0.0.1 and a socket in DIR only, trust auth) and prints its URL for
# EVALASSIST_TEST_DATABASE_URL; `stop DIR` stops it. Uses Debian's postgresql package.
set -euo pipefail
action=${1:?usage: test_postgres.sh start|stop DIR [PORT]}
dir=$(realpath -m "${2:?usage: test_postgres.sh start|stop DIR [PORT]}")
port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
# initdb and postgres refuse to run as root: run them as the package's postgres user then.
as_owner() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
case "$action" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir/data" -A trust -U evalassist --no-sync >"$dir/initdb.log"
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
      "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off" start \
      >/dev/null
    echo "postgresql+psycopg://evalassist@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true
    ;;
  *) echo "unknown action $action" >&2; exit 2 ;;
esac
