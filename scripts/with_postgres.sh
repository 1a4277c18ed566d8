#!/usr/bin/env bash
# Run a command (the test suite) with EVALASSIST_TEST_DATABASE_URL naming a throwaway PostgreSQL
# cluster, so the database tests run on PostgreSQL as well as SQLite. Without PostgreSQL
# installed (Debian: apt-get install postgresql), or with the variable already set, the command
# runs as it is.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ -n "${EVALASSIST_TEST_DATABASE_URL:-}" ] || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  exec "$@"
fi
dir=$(mktemp -d /tmp/evalassist-testpg.XXXXXX)
chmod 755 "$dir"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
trap '"$here/test_postgres.sh" stop "$dir" "$port"; rm -rf "$dir"' EXIT
url=$("$here/test_postgres.sh" start "$dir" "$port")
EVALASSIST_TEST_DATABASE_URL=$url "$@"
