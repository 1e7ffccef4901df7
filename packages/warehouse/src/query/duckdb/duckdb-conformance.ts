import type { DuckDBConnection } from '@duckdb/node-api';
import {
  codeOfNode,
  endCode,
  unmappedCode,
  type ConformanceResult,
  type ResolvedConformance,
} from '@safar/analytics';
import { byPersonId, type ConformanceSelector, type PersonsPage } from '@safar/core';
import { conformanceFromRows } from '../aggregate-rows.js';
import type { EngineScope } from '../engine-scope.js';
import { BoundSql, scopedEventsSql, stepSql } from './duckdb-sql.js';

/**
 * The per-journey tallies (`tallied`) and directly-follows moves (`moves`) of conformance as
 * DuckDB CTEs, with the semantics of reference-conformance.ts: events coded by the first designed
 * step they match, journeys split at idle gaps, repeats collapsed, moves judged with lag() and a
 * per-step row_number() (visited before).
 */
function conformanceCtes(sql: BoundSql, scope: EngineScope, conformance: ResolvedConformance): string {
  const n = conformance.designed.length;
  const code = `CASE ${conformance.designed.map((step, index) => `WHEN ${stepSql(sql, step.matchers)} THEN ${index + 1}`).join(' ')} ELSE ${unmappedCode(n)} END`;
  const gap =
    conformance.sessionGapMs === null
      ? ''
      : `OR ts - previous_ts > ${sql.bind(BigInt(conformance.sessionGapMs))}`;
  const inJourney = 'PARTITION BY person_id, journey ORDER BY pos';
  return `WITH coded AS (
      SELECT person_id, message_id, ts, ${code} AS code FROM (${scopedEventsSql(sql, scope)})
    ),
    ordered AS (
      SELECT person_id, code, ts, row_number() OVER journey_order AS pos, lag(ts) OVER journey_order AS previous_ts
      FROM coded WINDOW journey_order AS (PARTITION BY person_id ORDER BY ts, message_id)
    ),
    journeyed AS (
      SELECT person_id, pos, code, sum(CASE WHEN previous_ts IS NULL ${gap} THEN 1 ELSE 0 END)
        OVER (PARTITION BY person_id ORDER BY pos ROWS UNBOUNDED PRECEDING) AS journey
      FROM ordered
    ),
    nodes AS (
      SELECT person_id, journey, pos, code FROM (
        SELECT *, lag(code) OVER (${inJourney}) AS previous_code FROM journeyed
      ) WHERE previous_code IS NULL OR previous_code <> code
    ),
    moves AS (
      SELECT person_id, journey, lag(code, 1, 0) OVER (${inJourney}) AS source, code AS target FROM nodes
      UNION ALL
      SELECT person_id, journey, arg_max(code, pos) AS source, ${endCode(n)} AS target FROM nodes GROUP BY person_id, journey
    ),
    mapped AS (
      SELECT person_id, journey, pos, code FROM (
        SELECT *, lag(code) OVER (${inJourney}) AS previous_code FROM journeyed WHERE code <= ${n}
      ) WHERE previous_code IS NULL OR previous_code <> code
    ),
    judged AS (
      SELECT person_id, journey, pos, code, lag(code, 1, 0) OVER (${inJourney}) AS previous,
        row_number() OVER (PARTITION BY person_id, journey, code ORDER BY pos) AS visit
      FROM mapped
    ),
    mapped_tallies AS (
      SELECT person_id, journey, count(*) AS touches, arg_max(code, pos) AS last_code,
        sum(CASE WHEN code <> previous + 1 AND visit = 1 AND code > previous THEN code - previous - 1 ELSE 0 END) AS skipped,
        count(*) FILTER (WHERE code <> previous + 1 AND visit = 1 AND code < previous) AS out_of_order,
        count(*) FILTER (WHERE code <> previous + 1 AND visit > 1) AS loops
      FROM judged GROUP BY person_id, journey
    ),
    tallies AS (
      SELECT j.person_id, j.journey, j.unmapped, coalesce(m.touches, 0) AS touches, m.last_code,
        coalesce(m.skipped, 0) AS skipped, coalesce(m.out_of_order, 0) AS out_of_order, coalesce(m.loops, 0) AS loops
      FROM (
        SELECT person_id, journey, count(*) FILTER (WHERE code = ${unmappedCode(n)}) AS unmapped FROM journeyed GROUP BY person_id, journey
      ) j LEFT JOIN mapped_tallies m ON m.person_id = j.person_id AND m.journey = j.journey
    ),
    tallied AS (
      SELECT *, skipped + out_of_order + loops + unmapped = 0 AS fitting,
        skipped + out_of_order + loops + unmapped = 0 AND coalesce(last_code = ${n}, false) AS complete
      FROM tallies
    )`;
}

/** Conformance in two DuckDB queries: journeys grouped by touch count, and directly-follows edges. */
export async function duckdbConformance(
  connection: DuckDBConnection,
  scope: EngineScope,
  conformance: ResolvedConformance,
): Promise<ConformanceResult> {
  const deviation = (name: string, column: string) =>
    `count(*) FILTER (WHERE ${column} > 0) AS ${name}_journeys, sum(${column}) AS ${name}_occurrences`;
  const sql = new BoundSql();
  // One query, one row: both aggregates as lists, so the journeys are numbered once.
  const [row] = await rows(
    connection,
    sql,
    `${conformanceCtes(sql, scope, conformance)},
    group_counts AS (
      SELECT touches, count(*) AS journeys, count(*) FILTER (WHERE fitting) AS fitting,
        count(*) FILTER (WHERE complete) AS complete, ${deviation('skipped', 'skipped')},
        ${deviation('out_of_order', 'out_of_order')}, ${deviation('loops', 'loops')}, ${deviation('unmapped', 'unmapped')}
      FROM tallied GROUP BY touches
    ),
    edge_counts AS (
      SELECT source, target, count(DISTINCT (person_id, journey)) AS journeys, count(*) AS occurrences
      FROM moves GROUP BY source, target
    )
    SELECT (SELECT list(g) FROM group_counts g) AS groups, (SELECT list(e) FROM edge_counts e) AS edges`,
  );
  const groupRows = (row?.['groups'] ?? []) as Record<string, unknown>[];
  const edgeRows = (row?.['edges'] ?? []) as Record<string, unknown>[];
  return conformanceFromRows(conformance, groupRows, edgeRows);
}

/** Which journeys (rows of `tallied`) are behind the selected number. */
function selectedSql(sql: BoundSql, selector: ConformanceSelector, stepCount: number): string {
  switch (selector.kind) {
    case 'journeys':
      return 'true';
    case 'fitting':
      return 'fitting';
    case 'complete':
      return 'complete';
    case 'deviation':
      return `${{ skipped: 'skipped', outOfOrder: 'out_of_order', loops: 'loops', unmapped: 'unmapped' }[selector.deviation]} > 0`;
    case 'edge':
      return `EXISTS (SELECT 1 FROM moves m WHERE m.person_id = tallied.person_id AND m.journey = tallied.journey
        AND m.source = ${sql.bind(codeOfNode(selector.source, stepCount))} AND m.target = ${sql.bind(codeOfNode(selector.target, stepCount))})`;
    case 'touches':
      return `touches ${{ fewer: '<', equal: '=', more: '>' }[selector.bucket]} ${sql.bind(stepCount)}`;
    case 'touchCount':
      return `touches = ${sql.bind(selector.touches)}`;
  }
}

/** The persons with at least one journey behind the selected number, by person id, and how many in all. */
export async function duckdbConformancePersons(
  connection: DuckDBConnection,
  scope: EngineScope,
  conformance: ResolvedConformance,
  selector: ConformanceSelector,
  page: { readonly limit: number; readonly offset: number },
): Promise<PersonsPage> {
  const sql = new BoundSql();
  const ctes = conformanceCtes(sql, scope, conformance);
  const where = selectedSql(sql, selector, conformance.designed.length);
  const result = await rows(
    connection,
    sql,
    `${ctes}, matched AS (SELECT DISTINCT person_id FROM tallied WHERE ${where})
    SELECT NULL::VARCHAR AS person_id, count(*) AS total FROM matched
    UNION ALL
    SELECT * FROM (SELECT person_id, NULL::BIGINT AS total FROM matched ORDER BY person_id
      LIMIT ${sql.bind(page.limit)} OFFSET ${sql.bind(page.offset)})`,
  );
  // UNION ALL keeps no order: the page is sorted again, as the SQL did.
  const personIds = result.filter((row) => row['person_id'] !== null).map((row) => String(row['person_id']));
  const totalRow = result.find((row) => row['person_id'] === null);
  return { personIds: personIds.sort(byPersonId), total: Number(totalRow?.['total'] ?? 0) };
}

async function rows(connection: DuckDBConnection, sql: BoundSql, query: string) {
  return (await connection.runAndReadAll(query, sql.values)).getRowObjectsJson();
}
