#!/usr/bin/env bash
# Starts the machine's PostgreSQL 15 (installing it from Debian's packages if missing) and
# prints the TEST_DATABASE_URL the integration suites use. Idempotent.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -d /usr/lib/postgresql/15 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql-15 >&2
fi
if ! pg_lsclusters -h | awk '$1 == "15" && $2 == "main"' | grep -q .; then
  pg_createcluster 15 main >&2
fi
pg_ctlcluster 15 main start >&2 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432 >&2

run_psql() { (cd / && su postgres -c "psql -v ON_ERROR_STOP=1 -qtAc \"$1\""); }
if [ "$(run_psql "SELECT 1 FROM pg_roles WHERE rolname = 'safar'")" != "1" ]; then
  run_psql "CREATE ROLE safar LOGIN SUPERUSER PASSWORD 'safar'" >&2
fi
if [ "$(run_psql "SELECT 1 FROM pg_database WHERE datname = 'safar_test'")" != "1" ]; then
  run_psql "CREATE DATABASE safar_test OWNER safar" >&2
fi
echo "postgres://safar:safar@127.0.0.1:5432/safar_test"
