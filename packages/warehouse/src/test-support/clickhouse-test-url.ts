import { createClient, type ClickHouseClient } from '@clickhouse/client';

/** The ClickHouse server the suites use; in CI one is required, so a missing server fails loudly. */
export function clickhouseTestUrl(): string | undefined {
  const url = process.env['TEST_CLICKHOUSE_URL'];
  if (!url && process.env['CI'])
    throw new Error(
      'CI runs the ClickHouse suites: set TEST_CLICKHOUSE_URL (scripts/start-clickhouse.sh prints it)',
    );
  return url || undefined;
}

/**
 * A client for the test server. Queries may wait 5 minutes: dropping a test database with a
 * thousand-odd parts outlasts the default 30 s on a busy machine. Long IN lists fit the query.
 */
export function clickhouseTestClient(url: string | undefined): ClickHouseClient {
  return createClient({
    url: url ?? '',
    request_timeout: 300_000,
    clickhouse_settings: { max_query_size: '67108864' },
  });
}
