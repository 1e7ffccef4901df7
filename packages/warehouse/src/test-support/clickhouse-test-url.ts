/** The ClickHouse server the suites use; in CI one is required, so a missing server fails loudly. */
export function clickhouseTestUrl(): string | undefined {
  const url = process.env['TEST_CLICKHOUSE_URL'];
  if (!url && process.env['CI'])
    throw new Error(
      'CI runs the ClickHouse suites: set TEST_CLICKHOUSE_URL (scripts/start-clickhouse.sh prints it)',
    );
  return url || undefined;
}
