#!/usr/bin/env bash
# The one command that installs and runs every test: starts (installing if needed) the
# PostgreSQL and ClickHouse servers the storage suites run against, installs the npm dependencies, then runs
# the whole gate: format check, typecheck, lint, i18n check, unit + integration tests (PGlite
# and PostgreSQL), build, browser tests in Chromium. Fails on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Chromium for the browser tests"
if ! dpkg -s chromium fonts-noto-core fonts-noto-color-emoji >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-core fonts-noto-color-emoji
fi

echo "== C compiler for Safar's DuckDB funnel extension"
if ! command -v cc >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq gcc libc6-dev
fi
# The install's build must produce the extension: the funnel suites run the native walk.
export SAFAR_REQUIRE_NATIVE=1

echo "== PostgreSQL"
TEST_DATABASE_URL="$(bash scripts/start-postgres.sh)"
export TEST_DATABASE_URL
echo "TEST_DATABASE_URL=${TEST_DATABASE_URL}"

echo "== ClickHouse"
TEST_CLICKHOUSE_URL="$(bash scripts/start-clickhouse.sh)"
export TEST_CLICKHOUSE_URL
echo "TEST_CLICKHOUSE_URL=${TEST_CLICKHOUSE_URL}"

echo "== npm ci"
npm ci --no-audit --no-fund

echo "== checks and tests"
# CI=true makes the suites refuse to skip the PostgreSQL and ClickHouse halves.
CI=true npm test
