#!/usr/bin/env bash
# The one command that installs and runs every test: starts (installing if needed) the
# PostgreSQL server the storage suites run against, installs the npm dependencies, then runs
# the whole gate: format check, typecheck, lint, unit + integration tests (PGlite and
# PostgreSQL), build. Fails on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== PostgreSQL"
TEST_DATABASE_URL="$(bash scripts/start-postgres.sh)"
export TEST_DATABASE_URL
echo "TEST_DATABASE_URL=${TEST_DATABASE_URL}"

echo "== npm ci"
npm ci --no-audit --no-fund

echo "== checks and tests"
# CI=true makes the suites refuse to skip the PostgreSQL half.
CI=true npm test
