#!/usr/bin/env bash
# Runs a command next to a throwaway PostgreSQL cluster:
#   scripts/with-postgres.sh <command> [args...]
# The cluster lives in a temp dir, listens on 127.0.0.1 on a free port, and is stopped and
# deleted when the command ends, fails or is interrupted. The command sees TEST_POSTGRES_URL
# (superuser, database "postgres"). PostgreSQL refuses to run as root, so as root the server
# runs as a system user (PG_TEST_USER, default undersigned-pg), created if missing.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command> [args...]" >&2
  exit 2
fi

find_bindir() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return
  fi
  # Debian keeps server binaries off PATH, one folder per major version; take the newest.
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
    echo "$dir"
    return
  fi
  echo "with-postgres: no PostgreSQL server binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/*/bin" >&2
  echo "with-postgres: on Debian/Ubuntu: apt-get install -y postgresql" >&2
  exit 1
}

BIN=$(find_bindir)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/undersigned-pg.XXXXXX")
PGUSER_OS=""
as_pg() { if [ -n "$PGUSER_OS" ]; then runuser -u "$PGUSER_OS" -- "$@"; else "$@"; fi; }

cleanup() {
  local code=$?
  trap - EXIT INT TERM
  if [ -f "$WORK/data/postmaster.pid" ]; then
    as_pg "$BIN/pg_ctl" -D "$WORK/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
  exit "$code"
}
CHILD=""
# Signals stop the command too, then the EXIT trap removes the cluster.
on_signal() { [ -n "$CHILD" ] && kill -TERM "$CHILD" 2>/dev/null; wait 2>/dev/null; exit "$1"; }
trap cleanup EXIT
trap 'on_signal 130' INT
trap 'on_signal 143' TERM

if [ "$(id -u)" -eq 0 ]; then
  PGUSER_OS=${PG_TEST_USER:-undersigned-pg}
  if ! id "$PGUSER_OS" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$PGUSER_OS"
  fi
  chown "$PGUSER_OS" "$WORK"
fi

PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

as_pg "$BIN/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --no-locale --no-sync >"$WORK/initdb.log" 2>&1 \
  || { cat "$WORK/initdb.log" >&2; exit 1; }
# Durability settings are off: the cluster is thrown away, and tests run faster without fsync.
as_pg "$BIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w -t 60 \
  -o "-h 127.0.0.1 -p $PORT -k $WORK -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  start >/dev/null || { cat "$WORK/server.log" >&2; exit 1; }

export TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$PORT/postgres"
echo "with-postgres: PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2

# In the background (stdin kept) so a signal reaches the traps at once, not when the command ends.
set +e
"$@" <&0 &
CHILD=$!
wait "$CHILD"
code=$?
set -e
exit "$code"
