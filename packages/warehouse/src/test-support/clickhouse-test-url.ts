/** The ClickHouse server the suites use; in CI one is required, so a missing server fails loudly. */
export function clickhouseTestUrl(): string | undefined {
  const url = process.env['CLICKHOUSE_URL'];
  if (!url && process.env['CI'])
    throw new Error('CI runs the ClickHouse suites: set CLICKHOUSE_URL (scripts/start-clickhouse.sh)');
  return url || undefined;
}
