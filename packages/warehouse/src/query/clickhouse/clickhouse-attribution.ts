import type { ClickHouseClient } from '@clickhouse/client';
import {
  attributionResult,
  type AttributionResult,
  type MarkovTransition,
  type ResolvedAttribution,
} from '@safar/analytics';
import { NO_TOUCH_KEY, type AttributionSelector, type PersonsPage } from '@safar/core';
import { sql } from '../../clickhouse/clickhouse-sql.js';
import { keyCreditsFromRow } from '../aggregate-rows.js';
import type { EngineScope } from '../engine-scope.js';
import { journeyPathsText, keyCreditsText, transitionsText } from './clickhouse-attribution-sql.js';

async function rowsOf(client: ClickHouseClient, query: string): Promise<Record<string, unknown>[]> {
  const result = await client.query({ query, format: 'JSONEachRow' });
  return result.json<Record<string, unknown>>();
}

/**
 * Attribution on ClickHouse 18.16: per-key sums of the heuristic models and the Markov
 * transition counts are computed by the server from per-person arrays; the small aggregate is
 * finished by the shared code the reference uses.
 */
export async function clickhouseAttribution(
  client: ClickHouseClient,
  database: string,
  scope: EngineScope,
  attribution: ResolvedAttribution,
): Promise<AttributionResult> {
  const [rows, transitions] = await Promise.all([
    rowsOf(client, keyCreditsText(database, scope, attribution)),
    attribution.models.includes('markov')
      ? rowsOf(client, transitionsText(database, scope, attribution))
      : Promise.resolve([]),
  ]);
  const keys = rows.filter((row) => Number(row['touched']) === 1).map(keyCreditsFromRow);
  const untouched = Number(rows.find((row) => Number(row['touched']) === 0)?.['conversions_touched'] ?? 0);
  return attributionResult(attribution, {
    // Every conversion with a touch has exactly one first touch.
    conversions: untouched + keys.reduce((sum, credits) => sum + credits.first_touch, 0),
    untouched,
    keys,
    transitions: transitions.map((row): MarkovTransition => ({
      from: Number(row['from_start']) === 1 ? null : String(row['from_key']),
      to: Number(row['to_end']) === 1 ? null : String(row['to_key']),
      converted: Number(row['converted']) === 1,
      count: Number(row['count']),
    })),
  });
}

/** The persons behind a row (docs/analytics.md), by person id in byte order, one page of them. */
export async function clickhouseAttributionPersons(
  client: ClickHouseClient,
  database: string,
  scope: EngineScope,
  attribution: ResolvedAttribution,
  selector: AttributionSelector,
  page: { readonly limit: number; readonly offset: number },
): Promise<PersonsPage> {
  const condition =
    selector.key === undefined
      ? '1'
      : selector.key === NO_TOUCH_KEY
        ? 'length(ks) = 0'
        : sql`has(ks, ${selector.key})`;
  const persons = `SELECT DISTINCT person_id FROM (${journeyPathsText(database, scope, attribution, false)}) WHERE ${condition}`;
  const [[counted], listed] = await Promise.all([
    rowsOf(client, `SELECT count() AS total FROM (${persons})`),
    rowsOf(
      client,
      `SELECT person_id FROM (${persons}) ORDER BY person_id LIMIT ${sql`${page.offset}`}, ${sql`${page.limit}`}`,
    ),
  ]);
  return {
    personIds: listed.map((row) => String(row['person_id'])),
    total: Number(counted?.['total'] ?? 0),
  };
}
