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
import { collapsedRepeatsSql, journeyListSql, sessionStartsSql } from './duckdb-journey-lists.js';
import { BoundSql, scopedEventsSql, stepSql } from './duckdb-sql.js';

/**
 * The per-journey tallies (`tallied`) and directly-follows moves (`moves`) of conformance as
 * DuckDB CTEs, with the semantics of reference-conformance.ts: events coded by the first designed
 * step they match, journeys split at idle gaps, repeats collapsed, each mapped step judged against
 * the one before and whether it was visited before. Each person's events become one list sorted
 * in journey order and the rest is list functions, as for paths: window functions (row_number,
 * lag and a running sum over every event, then lag again per journey) took 8.2-8.9 s at 10M
 * events against 2.8-3.5 s (throwaway A/B in one process, same results).
 */
function conformanceCtes(sql: BoundSql, scope: EngineScope, conformance: ResolvedConformance): string {
  const n = conformance.designed.length;
  const code = `CASE ${conformance.designed.map((step, index) => `WHEN ${stepSql(sql, step.matchers)} THEN ${index + 1}`).join(' ')} ELSE ${unmappedCode(n)} END`;
  const gap = conformance.sessionGapMs === null ? null : sql.bind(BigInt(conformance.sessionGapMs));
  const wrong = 's.code <> s.previous + 1';
  return `WITH coded AS (
      SELECT person_id, message_id, ts, ${code} AS code FROM (${scopedEventsSql(sql, scope)})
    ),
    person_journeys AS (
      SELECT person_id, list_transform(events, e -> e.code) AS codes, ${sessionStartsSql('events', gap)} AS starts
      FROM (SELECT person_id, ${journeyListSql({ code: 'code' })} AS events FROM coded GROUP BY person_id)
    ),
    journeys AS (
      SELECT person_id, j.journey, list_slice(codes, j.first, j.last) AS seq FROM (
        SELECT person_id, codes, unnest(list_transform(range(1, len(starts) + 1),
          k -> {'journey': k, 'first': starts[k], 'last': coalesce(starts[k + 1] - 1, len(codes))})) AS j
        FROM person_journeys
      )
    ),
    shaped AS (
      SELECT person_id, journey, len(list_filter(seq, c -> c = ${unmappedCode(n)})) AS unmapped,
        ${collapsedRepeatsSql('seq')} AS nodes, list_filter(seq, c -> c <= ${n}) AS mapped_events
      FROM journeys
    ),
    judged AS (
      SELECT person_id, journey, unmapped, mapped, list_transform(range(1, len(mapped) + 1), i -> {
          'code': mapped[i],
          'previous': CASE WHEN i = 1 THEN 0 ELSE mapped[i - 1] END,
          'first_visit': i = 1 OR NOT list_contains(list_slice(mapped, 1, i - 1), mapped[i])
        }) AS steps
      FROM (SELECT *, ${collapsedRepeatsSql('mapped_events')} AS mapped FROM shaped)
    ),
    tallies AS (
      SELECT person_id, journey, unmapped, len(mapped) AS touches, mapped[-1] AS last_code,
        coalesce(list_sum(list_transform(steps,
          s -> CASE WHEN ${wrong} AND s.first_visit AND s.code > s.previous THEN s.code - s.previous - 1 ELSE 0 END)), 0) AS skipped,
        len(list_filter(steps, s -> ${wrong} AND s.first_visit AND s.code < s.previous)) AS out_of_order,
        len(list_filter(steps, s -> ${wrong} AND NOT s.first_visit)) AS loops
      FROM judged
    ),
    tallied AS (
      SELECT *, skipped + out_of_order + loops + unmapped = 0 AS fitting,
        skipped + out_of_order + loops + unmapped = 0 AND coalesce(last_code = ${n}, false) AS complete
      FROM tallies
    ),
    -- (start) -> the first node, node to node, the last node -> (end).
    moves AS (
      SELECT person_id, journey, move.source, move.target FROM (
        SELECT person_id, journey, unnest(list_transform(range(1, len(nodes) + 2), i -> {
            'source': CASE WHEN i = 1 THEN 0 ELSE nodes[i - 1] END,
            'target': CASE WHEN i > len(nodes) THEN ${endCode(n)} ELSE nodes[i] END
          })) AS move
        FROM shaped
      )
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
