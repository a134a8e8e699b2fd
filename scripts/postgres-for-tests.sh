#!/usr/bin/env bash
# Starts Debian's PostgreSQL cluster and creates the role and database the sync server's tests use
# (server/**/*.test.ts read DATABASE_URL). Safe to run again. Needs root or sudo.
#   bash scripts/postgres-for-tests.sh
#   export DATABASE_URL=postgres://desk:desk@127.0.0.1:5432/desk_test
set -euo pipefail

sudo=''
if [ "$(id -u)" -ne 0 ]; then sudo='sudo'; fi

cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  echo 'No PostgreSQL cluster found: install Debian'"'"'s postgresql package first (apt-get install postgresql).' >&2
  exit 1
fi
# shellcheck disable=SC2086
$sudo pg_ctlcluster $cluster start 2>/dev/null || true
# shellcheck disable=SC2086
$sudo pg_ctlcluster $cluster status >/dev/null

as_postgres() {
  if [ -n "$sudo" ]; then sudo -u postgres "$@"; else su postgres -c "$(printf '%q ' "$@")"; fi
}

for _ in $(seq 1 30); do
  if as_postgres psql -qtAc 'select 1' >/dev/null 2>&1; then break; fi
  sleep 0.5
done

as_postgres psql -v ON_ERROR_STOP=1 -qtA <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'desk') THEN
    CREATE ROLE desk LOGIN PASSWORD 'desk' CREATEDB;
  END IF;
END $$;
SQL
if ! as_postgres psql -qtAc "select 1 from pg_database where datname = 'desk_test'" | grep -q 1; then
  as_postgres createdb -O desk desk_test
fi
echo 'PostgreSQL is up: DATABASE_URL=postgres://desk:desk@127.0.0.1:5432/desk_test'
