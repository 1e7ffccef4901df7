import type { ClickHouseClient } from '@clickhouse/client';
import {
  frictionFlagName,
  frictionItems,
  type FrictionItemKey,
  type FrictionResult,
  type ResolvedFriction,
} from '@safar/analytics';
import { byPersonId, type FrictionSelector, type PersonsPage } from '@safar/core';
import { frictionFromRow, selectedFrictionItem } from '../aggregate-rows.js';
import type { EngineScope } from '../engine-scope.js';
import { sql } from '../../clickhouse/clickhouse-sql.js';
import { scopedEventsText, stepText } from './clickhouse-filter-sql.js';

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

/** The last 1-based index in attempt `a` whose flag is set, 0 when none (18.16 has no arrayLastIndex). */
const lastIndex = (flags: string) =>
  `arrayReduce('max', arrayMap((m, g, j) -> if(m = 1 AND g = a, j, 0), ${flags}, gs, idx))`;

/**
 * One row per person in the journey, with `converted` and one 0/1 column per friction item
 * (docs/analytics.md). ClickHouse 18.16 has no window functions: each person's events become
 * arrays in journey order (groupArray, arraySort), each event is given its attempt (the
 * conversions before it), one row per attempt (ARRAY JOIN) finds positions with array lambdas,
 * and a person is affected when any of their attempts is.
 */
function personFlagsText(database: string, scope: EngineScope, friction: ResolvedFriction): string {
  const steps = range(friction.steps.length);
  const pairs = steps.slice(0, -1);
  const errors = range(friction.errors.length);
  const flags = [
    ...steps.map((i) => `toUInt8(${stepText(friction.steps[i]?.matchers ?? [])}) AS s${i}`),
    `toUInt8(${stepText(friction.conversion.matchers)}) AS c`,
    ...errors.map((k) => `toUInt8(${stepText(friction.errors[k]?.matchers ?? [])}) AS e${k}`),
  ];
  const flagNames = [...steps.map((i) => `s${i}`), 'c', ...errors.map((k) => `e${k}`)];
  const flagged = `SELECT person_id, message_id, ts, ${flags.join(', ')}
    FROM (${scopedEventsText(database, scope)}) WHERE ${flagNames.join(' OR ')}`;
  const arrays = [
    `arraySort(e -> (e.1, e.2), groupArray((ts, message_id, ${flagNames.join(', ')}))) AS ev`,
    'arrayMap(e -> e.1, ev) AS tss',
    ...flagNames.map((name, position) => `arrayMap(e -> e.${position + 3}, ev) AS ${name}s`),
    'arrayEnumerate(ev) AS idx',
    // An event's attempt: how many conversions came before it (a conversion ends its own attempt).
    'arrayMap((x, m) -> toUInt64(x - m), arrayCumSum(cs), cs) AS gs',
  ];
  const positions = [
    `${lastIndex('cs')} AS last_c`,
    ...errors.map((k) => `${lastIndex(`e${k}s`)} AS last_e${k}`),
    ...steps.map(
      (i) =>
        `arrayFirstIndex((m, g) -> m = 1 AND g = a, s${i}s, gs) AS first_s${i}, ${lastIndex(`s${i}s`)} AS last_s${i}`,
    ),
    ...pairs.map((i) => {
      const later = steps.slice(i + 1);
      const anyLater = later.map((j) => `m${j} = 1`).join(' OR ');
      return `arrayFirstIndex((j, g, ${later.map((j) => `m${j}`).join(', ')}) -> j > first_s${i} AND g = a AND (${anyLater}), idx, gs, ${later.map((j) => `s${j}s`).join(', ')}) AS later${i},
        arrayFirstIndex((j, g, m) -> j > first_s${i} AND g = a AND m = 1, idx, gs, s${i + 1}s) AS next${i}`;
    }),
  ];
  const flag = ({ kind, index }: FrictionItemKey): string => {
    if (kind === 'error') return `last_e${index} > 0`;
    // Abandoned: no conversion after the last error of this kind (last_c is 0 without one).
    if (kind === 'abandon_after_error') return `last_e${index} > 0 AND last_c <= last_e${index}`;
    if (kind === 'loop')
      return `first_s${index} > 0 AND later${index} > 0 AND last_s${index} > later${index}`;
    return sql`first_s${index} > 0 AND next${index} > 0 AND tss[next${index}] - tss[first_s${index}] > ${Math.trunc(friction.stallAfterMs)}`;
  };
  const items = frictionItems(friction);
  // Per-attempt columns are named apart from the per-person ones: an alias equal to a column
  // it aggregates would make ClickHouse nest the aggregate in itself.
  return `SELECT person_id, max(attempt_converted) AS converted${items
    .map((item) => `, max(attempt_${frictionFlagName(item)}) AS ${frictionFlagName(item)}`)
    .join('')}
    FROM (
      SELECT person_id, toUInt8(last_c > 0) AS attempt_converted${items
        .map((item) => `, toUInt8(${flag(item)}) AS attempt_${frictionFlagName(item)}`)
        .join('')}
      FROM (
        SELECT person_id, a, tss, idx, gs, ${positions.join(', ')}
        FROM (SELECT person_id, ${arrays.join(', ')} FROM (${flagged}) GROUP BY person_id)
        ARRAY JOIN range(gs[length(gs)] + 1) AS a
      )
    )
    GROUP BY person_id`;
}

async function rows(client: ClickHouseClient, query: string): Promise<Record<string, unknown>[]> {
  const result = await client.query({ query, format: 'JSONEachRow' });
  return result.json<Record<string, unknown>>();
}

/** Friction on ClickHouse 18.16: the counts come back as one row, ranked in TypeScript. */
export async function clickhouseFriction(
  client: ClickHouseClient,
  database: string,
  scope: EngineScope,
  friction: ResolvedFriction,
): Promise<FrictionResult> {
  const items = frictionItems(friction);
  const counts = items.map((item) => {
    const name = frictionFlagName(item);
    return `, countIf(${name} = 1) AS p_${name}, countIf(${name} = 1 AND converted = 1) AS c_${name}`;
  });
  // Flags are counted one level up: 18.16 mis-evaluates conditions whose lambdas read SELECT aliases.
  const [row = {}] = await rows(
    client,
    `SELECT count() AS persons, countIf(converted = 1) AS converted_persons${counts.join('')}
    FROM (${personFlagsText(database, scope, friction)})`,
  );
  return frictionFromRow(friction, row);
}

/** The persons behind a friction item, by person id: one page of them and how many in all. */
export async function clickhouseFrictionPersons(
  client: ClickHouseClient,
  database: string,
  scope: EngineScope,
  friction: ResolvedFriction,
  select: FrictionSelector,
  page: { readonly limit: number; readonly offset: number },
): Promise<PersonsPage> {
  const item = selectedFrictionItem(friction, select);
  if (!item) return { personIds: [], total: 0 };
  const notConverted = select.persons === 'not_converted' ? ' AND converted = 0' : '';
  const selected = `SELECT person_id FROM (${personFlagsText(database, scope, friction)})
    WHERE ${frictionFlagName(item)} = 1${notConverted}`;
  const result = await rows(
    client,
    `SELECT '' AS person_id, 1 AS is_total, count() AS total FROM (${selected})
    UNION ALL
    SELECT person_id, 0 AS is_total, toUInt64(0) AS total FROM (
      SELECT person_id FROM (${selected}) ORDER BY person_id ${sql`LIMIT ${page.limit} OFFSET ${page.offset}`}
    )`,
  );
  // UNION ALL keeps no order: the page is sorted again, as the SQL sorted it.
  const personIds = result
    .filter((row) => Number(row['is_total']) === 0)
    .map((row) => String(row['person_id']));
  const total = result.find((row) => Number(row['is_total']) === 1)?.['total'];
  return { personIds: personIds.sort(byPersonId), total: Number(total ?? 0) };
}
