import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clickhouseTestClient, clickhouseTestUrl } from '../test-support/clickhouse-test-url.js';
import { identifier, sql } from './clickhouse-sql.js';

describe('ClickHouse literal binding', () => {
  it('quotes strings, checks numbers and identifiers', () => {
    expect(sql`SELECT ${"it's \\ here"}, ${42}, ${['a', 1]}, ${[]}`).toBe(
      `SELECT 'it\\'s \\\\ here', 42, ('a', 1), (NULL)`,
    );
    expect(() => sql`SELECT ${1.5}`).toThrow(/safe integers/);
    expect(() => identifier('events; DROP')).toThrow(/identifier/);
  });

  const url = clickhouseTestUrl();
  it.skipIf(!url)('round-trips any string through the real server unchanged', async () => {
    const client = clickhouseTestClient(url);
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.string({ unit: fc.constantFrom('grapheme', 'binary'), maxLength: 40 }),
          async (text) => {
            const result = await client.query({ query: sql`SELECT ${text} AS value`, format: 'JSONEachRow' });
            const [row] = await result.json<{ value: string }>();
            expect(row?.value).toBe(text);
          },
        ),
        { numRuns: 200 },
      );
    } finally {
      await client.close();
    }
  });
});
