import { describe, it } from 'vitest';
import { describeEventStore } from '../test-support/event-store-suite.js';
import { clickhouseTestClient, clickhouseTestUrl } from '../test-support/clickhouse-test-url.js';
import { openClickHouseEventStore } from './clickhouse-store-driver.js';

const url = clickhouseTestUrl();
const database = `safar_test_${process.pid}_${Date.now().toString(36)}`;

if (url) {
  describeEventStore('ClickHouse', {
    open: () => openClickHouseEventStore({ url, database }),
    async dispose() {
      const client = clickhouseTestClient(url);
      await client.command({ query: `DROP DATABASE IF EXISTS ${database}` });
      await client.close();
    },
  });
} else {
  describe.skip('EventStore on ClickHouse (set TEST_CLICKHOUSE_URL)', () =>
    it('runs against a server', () => undefined));
}
