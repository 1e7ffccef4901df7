#!/usr/bin/env bash
# Starts Debian's ClickHouse server (18.16, installing it if missing) on loopback and prints the
# CLICKHOUSE_URL the event-store suites use. Idempotent.
set -euo pipefail

if ! command -v clickhouse-server >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq clickhouse-server clickhouse-client >&2
fi
url="http://127.0.0.1:8123"
ping() { node -e "fetch('$url/ping').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; }
if ! ping; then
  mkdir -p /var/lib/clickhouse /var/log/clickhouse-server
  chown -R clickhouse:clickhouse /var/lib/clickhouse /var/log/clickhouse-server 2>/dev/null || true
  # The Debian package's service cannot start without systemd, so run the server as a daemon.
  (cd / && su -s /bin/sh clickhouse -c \
    "clickhouse-server --config-file=/etc/clickhouse-server/config.xml --daemon --pid-file=/tmp/clickhouse-server.pid" >&2) || \
    clickhouse-server --config-file=/etc/clickhouse-server/config.xml --daemon --pid-file=/tmp/clickhouse-server.pid >&2
  for _ in $(seq 1 60); do
    ping && break
    sleep 1
  done
fi
ping || { echo "ClickHouse did not start; see /var/log/clickhouse-server/" >&2; exit 1; }
echo "$url"
