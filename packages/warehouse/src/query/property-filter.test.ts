import { DuckDBInstance } from '@duckdb/node-api';
import { passesFilter, propertyValue, type NormalizedEvent } from '@safar/analytics';
import type { PropertyFilter } from '@safar/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickhouseSchema } from '../clickhouse/clickhouse-schema.js';
import { DUCKDB_SCHEMA } from '../duckdb/duckdb-schema.js';
import { toEventRow } from '../stored-row.js';
import { clickhouseTestClient, clickhouseTestUrl } from '../test-support/clickhouse-test-url.js';
import { filterText } from './clickhouse/clickhouse-filter-sql.js';
import { BoundSql, filterSql } from './duckdb/duckdb-sql.js';
import { storeEvents } from './test-support/duckdb-events.js';

// Text that JSON escapes (quotes, backslashes, slashes, control characters) and text it does not.
const TEXTS = [
  'a',
  'ab',
  '/checkout/pay',
  'say "hi"',
  'back\\slash',
  'line\nbreak',
  'تهران',
  'Αθήνα',
  '',
  '3',
  'true',
  // The text of an object value as the reference reads it (JSON.stringify): quotes it holds are
  // not escaped in the stored JSON, as they would be in a string.
  '{"city":"a"}',
];
const valueArb = fc.oneof(
  fc.constantFrom(...TEXTS),
  fc.constantFrom(0, 3, -2, 2.5, 12),
  fc.boolean(),
  fc.constant(null),
  fc.constant({ city: 'a' }),
);
const propertiesArb = fc.record(
  { k: valueArb, nested: fc.record({ k: valueArb }, { requiredKeys: [] }) },
  { requiredKeys: [] },
);
const textArb = fc.constantFrom(...TEXTS.filter((text) => text !== ''));
const filterArb: fc.Arbitrary<PropertyFilter> = fc.oneof(
  fc.record({
    property: fc.constantFrom('k', 'nested.k', 'missing'),
    operator: fc.constantFrom('equals' as const, 'not_equals' as const),
    value: fc.oneof(fc.constantFrom(...TEXTS), fc.constantFrom(3, 2.5, -2), fc.boolean()),
  }),
  fc.record({
    property: fc.constantFrom('k', 'nested.k'),
    operator: fc.constantFrom(
      'contains' as const,
      'not_contains' as const,
      'starts_with' as const,
      'ends_with' as const,
    ),
    value: textArb,
  }),
  fc.record({
    property: fc.constantFrom('k', 'nested.k'),
    operator: fc.constantFrom('in' as const, 'not_in' as const),
    value: fc.array(fc.oneof(fc.constantFrom(...TEXTS), fc.constantFrom(3, 2.5)), {
      minLength: 1,
      maxLength: 3,
    }),
  }),
  fc.record({
    property: fc.constantFrom('k', 'nested', 'nested.k'),
    operator: fc.constantFrom('is_set' as const, 'is_not_set' as const),
  }),
  fc.record({
    property: fc.constantFrom('k', 'nested.k'),
    operator: fc.constantFrom('greater_than' as const, 'less_or_equal' as const),
    value: fc.constantFrom(0, 2.5, 3),
  }),
  fc.record({
    property: fc.constantFrom('k', 'nested'),
    operator: fc.constant('matches_regex' as const),
    // Some with substrings the DuckDB engine tests before the regex (regex-substrings.ts):
    // plain, in Greek and Persian, in an object's JSON, and with quotes or backslashes it skips.
    value: fc.constantFrom(
      '^a',
      'b$',
      '[0-9]+',
      'check',
      '^/check(out)?/pa+y$',
      'Αθή|تهر',
      'cit(y|ies)',
      '"city"',
      'say "h',
      'back\\\\sl',
      'tru|fals',
    ),
  }),
);

const eventOf = (index: number, properties: Record<string, unknown>): NormalizedEvent => ({
  messageId: `m${String(index).padStart(3, '0')}`,
  type: 'track',
  event: 'E',
  anonymousId: 'p',
  userId: null,
  timestamp: 0,
  receivedAt: 0,
  channel: 'web',
  properties,
  traits: {},
  context: {},
  previousId: null,
  groupId: null,
});
const expected = (events: NormalizedEvent[], filter: PropertyFilter) =>
  events
    .filter((event) => passesFilter(propertyValue(event, filter.property), filter))
    .map((event) => event.messageId);
const RUNS = Number(process.env['FUNNEL_RUNS'] ?? 1000);

describe('property filters in SQL against the reference semantics', () => {
  let instance: DuckDBInstance;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
  });
  afterAll(() => instance.closeSync());

  it('DuckDB keeps exactly the events the reference keeps', async () => {
    const connection = await instance.connect();
    for (const statement of DUCKDB_SCHEMA) await connection.run(statement);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(propertiesArb, { minLength: 1, maxLength: 12, size: 'max' }),
        filterArb,
        async (log, filter) => {
          run += 1;
          const events = log.map((properties, index) => eventOf(index, properties));
          await storeEvents(connection, `f${run}`, events);
          const sql = new BoundSql();
          const query = `SELECT message_id FROM events WHERE workspace_id = ${sql.bind(`f${run}`)} AND ${filterSql(sql, filter)} ORDER BY message_id`;
          const rows = (await connection.runAndReadAll(query, sql.values)).getRowObjectsJson();
          expect(rows.map((row) => row['message_id'])).toEqual(expected(events, filter));
        },
      ),
      { numRuns: RUNS },
    );
    connection.closeSync();
  }, 600_000);

  const url = clickhouseTestUrl();
  const database = `safar_filters_${process.pid}_${Date.now().toString(36)}`;
  it.skipIf(!url)(
    'ClickHouse keeps exactly the events the reference keeps (flat and nested keys)',
    async () => {
      const client = clickhouseTestClient(url);
      try {
        for (const statement of clickhouseSchema(database)) await client.command({ query: statement });
        let run = 0;
        await fc.assert(
          fc.asyncProperty(
            fc.array(propertiesArb, { minLength: 1, maxLength: 12, size: 'max' }),
            filterArb,
            async (log, filter) => {
              run += 1;
              // visitParam functions find a key's first occurrence anywhere (docs/analytics.md), so a nested
              // "k" must not come before the top-level one here.
              const events = log.map((properties, index) =>
                eventOf(index, {
                  ...('k' in properties ? { k: properties.k } : {}),
                  ...('nested' in properties ? { nested: properties.nested } : {}),
                }),
              );
              await client.insert({
                table: `${database}.events`,
                format: 'JSONEachRow',
                values: events.map((event) => toEventRow(`f${run}`, event)),
              });
              const query = `SELECT message_id FROM ${database}.events WHERE workspace_id = 'f${run}' AND ${filterText(filter)} ORDER BY message_id`;
              const rows = await (
                await client.query({ query, format: 'JSONEachRow' })
              ).json<{ message_id: string }>();
              const kept = expected(events, filter);
              // A top-level "k" that is missing lets visitParam find the nested one instead: skip those cases.
              fc.pre(
                !events.some(
                  (event) =>
                    !('k' in event.properties) && 'nested' in event.properties && filter.property === 'k',
                ),
              );
              expect(rows.map((row) => row.message_id)).toEqual(kept);
            },
          ),
          { numRuns: Math.ceil(RUNS / 2) },
        );
      } finally {
        await client.command({ query: `DROP DATABASE IF EXISTS ${database}` });
        await client.close();
      }
    },
    600_000,
  );
});
