import type { ClickHouseClient } from '@clickhouse/client';
import {
  codeOfNode,
  endCode,
  unmappedCode,
  type ConformanceResult,
  type ResolvedConformance,
} from '@safar/analytics';
import { byPersonId, type ConformanceSelector, type PersonsPage } from '@safar/core';
import { sql } from '../../clickhouse/clickhouse-sql.js';
import { conformanceFromRows } from '../aggregate-rows.js';
import type { EngineScope } from '../engine-scope.js';
import { scopedEventsText, stepText } from './clickhouse-filter-sql.js';
import {
  collapsedRepeatsText,
  journeyArrayText,
  previousItemsText,
  sessionFirstsText,
  sessionLengthsText,
} from './clickhouse-journey-arrays.js';

/**
 * One row per journey with its tallies and directly-follows moves, on ClickHouse 18.16 (no window
 * functions): each person's events become an array of node codes in journey order (groupArray,
 * arraySort), journeys are slices cut where `arrayDifference` of the times passes the gap (ARRAY
 * JOIN), repeats are collapsed with arrayFilter, each move is judged against the previous step
 * (arrayPushFront, arraySlice) and whether the step was visited before (arrayEnumerateUniq). Same
 * semantics as reference-conformance.ts. Lambdas read only their arguments (a neighbour is a
 * shifted copy): in 18.16 a lambda copies every other array it reads for each element.
 */
function journeysText(database: string, scope: EngineScope, conformance: ResolvedConformance): string {
  const n = conformance.designed.length;
  const code = `toInt64(multiIf(${conformance.designed.map((step, index) => `${stepText(step.matchers)}, ${index + 1}`).join(', ')}, ${unmappedCode(n)}))`;
  const persons = `SELECT person_id, codes, starts, ${sessionLengthsText('starts', 'length(codes)')} AS lengths
    FROM (
      SELECT person_id, ${journeyArrayText(['code'])} AS ev,
        arrayMap(e -> e.3, ev) AS codes,
        ${sessionFirstsText('ev', conformance.sessionGapMs)} AS starts
      FROM (SELECT person_id, message_id, ts, ${code} AS code FROM (${scopedEventsText(database, scope)}))
      GROUP BY person_id
    )`;
  const sliced = `SELECT person_id, journey, arraySlice(codes, start, len) AS seq
    FROM (${persons}) ARRAY JOIN starts AS start, lengths AS len, arrayEnumerate(starts) AS journey`;
  const collapse = (array: string) => collapsedRepeatsText(array, 'toInt64(0)');
  const judged = (condition: string) => `arrayCount((x, p, v) -> ${condition}, mapped, previous, visits)`;
  return `SELECT person_id, journey, moves, unmapped, touches, skipped, out_of_order, loops,
      skipped + out_of_order + loops + unmapped = 0 AS fitting,
      fitting AND touches > 0 AND mapped[touches] = ${n} AS complete
    FROM (
      SELECT person_id, journey, countEqual(seq, ${unmappedCode(n)}) AS unmapped,
        arrayConcat([toInt64(0)], ${collapse('seq')}, [toInt64(${endCode(n)})]) AS path,
        arrayMap((from_node, to_node) -> (from_node, to_node), arrayPopBack(path), arrayPopFront(path)) AS moves,
        arrayFilter(x -> x <= ${n}, seq) AS mapped_events,
        ${collapse('mapped_events')} AS mapped,
        ${previousItemsText('mapped', 'toInt64(0)')} AS previous,
        arrayEnumerateUniq(mapped) AS visits,
        length(mapped) AS touches,
        arraySum(arrayMap((x, p, v) -> if(x != p + 1 AND v = 1 AND x > p, x - p - 1, 0), mapped, previous, visits)) AS skipped,
        ${judged('x != p + 1 AND v = 1 AND x < p')} AS out_of_order,
        ${judged('x != p + 1 AND v > 1')} AS loops
      FROM (${sliced})
    )`;
}

/** Conformance in two ClickHouse queries: journeys grouped by touch count, and directly-follows edges. */
export async function clickhouseConformance(
  client: ClickHouseClient,
  database: string,
  scope: EngineScope,
  conformance: ResolvedConformance,
): Promise<ConformanceResult> {
  const journeys = journeysText(database, scope, conformance);
  const deviation = (name: string) =>
    `countIf(${name} > 0) AS ${name}_journeys, sum(${name}) AS ${name}_occurrences`;
  const [groupRows, edgeRows] = await Promise.all([
    rows(
      client,
      `SELECT touches, count() AS journeys, countIf(fitting) AS fitting, countIf(complete) AS complete,
        ${['skipped', 'out_of_order', 'loops', 'unmapped'].map(deviation).join(', ')}
      FROM (${journeys}) GROUP BY touches`,
    ),
    rows(
      client,
      `SELECT move.1 AS source, move.2 AS target, uniqExact(person_id, journey) AS journeys, count() AS occurrences
      FROM (${journeys}) ARRAY JOIN moves AS move GROUP BY source, target`,
    ),
  ]);
  return conformanceFromRows(conformance, groupRows, edgeRows);
}

/** Whether a journey row is behind the selected number. */
function selectedText(selector: ConformanceSelector, stepCount: number): string {
  switch (selector.kind) {
    case 'journeys':
      return '1';
    case 'fitting':
      return 'fitting';
    case 'complete':
      return 'complete';
    case 'deviation':
      return `${{ skipped: 'skipped', outOfOrder: 'out_of_order', loops: 'loops', unmapped: 'unmapped' }[selector.deviation]} > 0`;
    case 'edge':
      return sql`arrayExists(m -> m.1 = ${codeOfNode(selector.source, stepCount)} AND m.2 = ${codeOfNode(selector.target, stepCount)}, moves)`;
    case 'touches':
      return `touches ${{ fewer: '<', equal: '=', more: '>' }[selector.bucket]} ${stepCount}`;
    case 'touchCount':
      return sql`touches = ${selector.touches}`;
  }
}

/** The persons with at least one journey behind the selected number, by person id, and how many in all. */
export async function clickhouseConformancePersons(
  client: ClickHouseClient,
  database: string,
  scope: EngineScope,
  conformance: ResolvedConformance,
  selector: ConformanceSelector,
  page: { readonly limit: number; readonly offset: number },
): Promise<PersonsPage> {
  const selected = selectedText(selector, conformance.designed.length);
  // The flag is filtered one level up: 18.16 mis-evaluates a WHERE whose lambdas read SELECT aliases.
  const matched = `SELECT DISTINCT person_id FROM (
      SELECT person_id, ${selected} AS selected FROM (${journeysText(database, scope, conformance)})
    ) WHERE selected`;
  const result = await rows(
    client,
    `SELECT '' AS person_id, 1 AS is_total, count() AS total FROM (${matched})
    UNION ALL
    SELECT person_id, 0 AS is_total, toUInt64(0) AS total FROM (
      SELECT person_id FROM (${matched}) ORDER BY person_id ${sql`LIMIT ${page.limit} OFFSET ${page.offset}`}
    )`,
  );
  // UNION ALL keeps no order: the page is sorted again, as the SQL did.
  const personIds = result
    .filter((row) => Number(row['is_total']) === 0)
    .map((row) => String(row['person_id']));
  const totalRow = result.find((row) => Number(row['is_total']) === 1);
  return { personIds: personIds.sort(byPersonId), total: Number(totalRow?.['total'] ?? 0) };
}

async function rows(client: ClickHouseClient, query: string): Promise<Record<string, unknown>[]> {
  const result = await client.query({ query, format: 'JSONEachRow' });
  return result.json<Record<string, unknown>>();
}
