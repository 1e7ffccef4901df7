import type { DuckDBConnection } from '@duckdb/node-api';
import {
  frictionFlagName,
  frictionItems,
  type FrictionItemKey,
  type FrictionResult,
  type ResolvedFriction,
} from '@safar/analytics';
import type { FrictionSelector, PersonsPage } from '@safar/core';
import { frictionFromRow, selectedFrictionItem } from '../aggregate-rows.js';
import type { EngineScope } from '../engine-scope.js';
import { BoundSql, scopedEventsSql, stepSql } from './duckdb-sql.js';

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

/**
 * The CTEs ending in `friction_persons`: one row per person in the journey, with `converted` and
 * one boolean per friction item (docs/analytics.md). Events are numbered in journey order and
 * split into attempts (each conversion ends one) in one window pass; first and last positions
 * per attempt and step come from one aggregation, the positions that depend on them (the first
 * later step after a step, the next step's first reach) from a second, and a person is affected
 * when any of their attempts is.
 */
function personFlagsSql(sql: BoundSql, scope: EngineScope, friction: ResolvedFriction): string {
  const steps = range(friction.steps.length);
  const pairs = steps.slice(0, -1);
  const errors = range(friction.errors.length);
  const flags = [
    ...steps.map((i) => `${stepSql(sql, friction.steps[i]?.matchers ?? [])} AS s${i}`),
    `${stepSql(sql, friction.conversion.matchers)} AS c`,
    ...errors.map((k) => `${stepSql(sql, friction.errors[k]?.matchers ?? [])} AS e${k}`),
  ];
  const anyFlag = [...steps.map((i) => `s${i}`), 'c', ...errors.map((k) => `e${k}`)].join(' OR ');
  const firsts = [
    'bool_or(c) AS converted',
    'max(pos) FILTER (WHERE c) AS last_c',
    ...errors.map((k) => `max(pos) FILTER (WHERE e${k}) AS last_e${k}`),
    ...steps.map(
      (i) => `min(pos) FILTER (WHERE s${i}) AS first_s${i}, max(pos) FILTER (WHERE s${i}) AS last_s${i}`,
    ),
    ...steps.map((i) => `min(ts) FILTER (WHERE s${i}) AS first_ts${i}`),
  ];
  const laterStep = (i: number) =>
    steps
      .slice(i + 1)
      .map((j) => `n.s${j}`)
      .join(' OR ');
  const seconds = pairs.flatMap((i) => [
    `min(n.pos) FILTER (WHERE (${laterStep(i)}) AND n.pos > f.first_s${i}) AS later${i}`,
    `min(n.ts) FILTER (WHERE n.s${i + 1} AND n.pos > f.first_s${i}) AS next_ts${i}`,
  ]);
  // Bound only when some stall can be measured: every bound value needs its placeholder.
  const stallMs = pairs.length > 0 ? sql.bind(BigInt(friction.stallAfterMs)) : '';
  const flag = (item: FrictionItemKey): string => {
    const { kind, index } = item;
    if (kind === 'error') return `f.last_e${index} IS NOT NULL`;
    // Abandoned: no conversion after the last error of this kind.
    if (kind === 'abandon_after_error')
      return `(f.last_e${index} IS NOT NULL AND coalesce(f.last_c <= f.last_e${index}, true))`;
    if (kind === 'loop') return `coalesce(f.last_s${index} > s.later${index}, false)`;
    return `coalesce(s.next_ts${index} - f.first_ts${index} > ${stallMs}, false)`;
  };
  const items = frictionItems(friction).map(frictionFlagName);
  return `scoped AS (${scopedEventsSql(sql, scope)}),
    flagged AS (SELECT person_id, message_id, ts, ${flags.join(', ')} FROM scoped),
    numbered AS (
      SELECT *, row_number() OVER journey AS pos,
        coalesce(sum(c::INTEGER) OVER (journey ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS attempt
      FROM flagged WHERE ${anyFlag}
      WINDOW journey AS (PARTITION BY person_id ORDER BY ts, message_id)
    ),
    firsts AS (SELECT person_id, attempt, ${firsts.join(', ')} FROM numbered GROUP BY person_id, attempt),
    seconds AS (
      SELECT n.person_id, n.attempt${seconds.map((column) => `, ${column}`).join('')}
      FROM numbered n JOIN firsts f ON f.person_id = n.person_id AND f.attempt = n.attempt
      GROUP BY n.person_id, n.attempt
    ),
    attempts AS (
      SELECT f.person_id, f.converted${frictionItems(friction)
        .map((item) => `, ${flag(item)} AS ${frictionFlagName(item)}`)
        .join('')}
      FROM firsts f JOIN seconds s ON s.person_id = f.person_id AND s.attempt = f.attempt
    ),
    friction_persons AS (
      SELECT person_id, bool_or(converted) AS converted${items.map((name) => `, bool_or(${name}) AS ${name}`).join('')}
      FROM attempts GROUP BY person_id
    )`;
}

/** Friction compiled to one DuckDB query; the counts come back as one row, ranked in TypeScript. */
export async function duckdbFriction(
  connection: DuckDBConnection,
  scope: EngineScope,
  friction: ResolvedFriction,
): Promise<FrictionResult> {
  const sql = new BoundSql();
  const items = frictionItems(friction);
  const counts = items.map((item) => {
    const name = frictionFlagName(item);
    return `count(*) FILTER (WHERE ${name}) AS p_${name}, count(*) FILTER (WHERE ${name} AND converted) AS c_${name}`;
  });
  const query = `WITH ${personFlagsSql(sql, scope, friction)}
    SELECT count(*) AS persons, count(*) FILTER (WHERE converted) AS converted_persons${counts.map((count) => `, ${count}`).join('')}
    FROM friction_persons`;
  const [row = {}] = (await connection.runAndReadAll(query, sql.values)).getRowObjectsJson();
  return frictionFromRow(friction, row);
}

/** The persons behind a friction item, by person id, one page of them and how many in all. */
export async function duckdbFrictionPersons(
  connection: DuckDBConnection,
  scope: EngineScope,
  friction: ResolvedFriction,
  select: FrictionSelector,
  page: { readonly limit: number; readonly offset: number },
): Promise<PersonsPage> {
  const item = selectedFrictionItem(friction, select);
  if (!item) return { personIds: [], total: 0 };
  const sql = new BoundSql();
  const ctes = personFlagsSql(sql, scope, friction);
  const notConverted = select.persons === 'not_converted' ? ' AND NOT converted' : '';
  const query = `WITH ${ctes},
    selected AS MATERIALIZED (SELECT person_id FROM friction_persons WHERE ${frictionFlagName(item)}${notConverted})
    SELECT (SELECT count(*) FROM selected) AS total,
      (SELECT coalesce(list(person_id ORDER BY person_id), []) FROM (
        SELECT person_id FROM selected ORDER BY person_id
        LIMIT ${sql.bind(BigInt(page.limit))} OFFSET ${sql.bind(BigInt(page.offset))}
      )) AS person_ids`;
  const [row = {}] = (await connection.runAndReadAll(query, sql.values)).getRowObjectsJson();
  const personIds = Array.isArray(row['person_ids']) ? row['person_ids'].map(String) : [];
  return { personIds, total: Number(row['total'] ?? 0) };
}
