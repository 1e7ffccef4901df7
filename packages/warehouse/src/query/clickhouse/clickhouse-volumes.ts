import { NON_ACTION_EVENTS } from '@safar/core';
import type { ClickHouseClient } from '@clickhouse/client';
import { sql } from '../../clickhouse/clickhouse-sql.js';
import type { EngineScope } from '../engine-scope.js';
import {
  DETAIL_PROPERTY_OF_EVENT,
  volumesFromRows,
  type ResolvedVolumes,
  type VolumesResult,
} from '../event-volumes.js';
import { scopedEventsText, stepText } from './clickhouse-filter-sql.js';

async function rows(client: ClickHouseClient, query: string): Promise<Record<string, unknown>[]> {
  const result = await client.query({ query, format: 'JSONEachRow' });
  return result.json<Record<string, unknown>>();
}

/**
 * Event volumes (event-volumes.ts) on ClickHouse 18.16: one row of per-step uniqExactIf/countIf
 * over the scoped events, and the unmapped events grouped; a page's path or a screen's name is
 * read with visitParam* (18.16 has no JSON paths).
 */
export async function clickhouseVolumes(
  client: ClickHouseClient,
  database: string,
  scope: EngineScope,
  volumes: ResolvedVolumes,
): Promise<VolumesResult> {
  const flags = volumes.steps.map((step, index) => `toUInt8(${stepText(step.matchers)}) AS m${index}`);
  const aggregates = volumes.steps.map(
    (_, index) => `uniqExactIf(person_id, m${index} = 1) AS p${index}, countIf(m${index} = 1) AS e${index}`,
  );
  const stepRows =
    volumes.steps.length === 0
      ? []
      : await rows(
          client,
          `SELECT ${aggregates.join(', ')}
           FROM (SELECT person_id, ${flags.join(', ')} FROM (${scopedEventsText(database, scope)}))`,
        );

  const anyStep = stepText(volumes.steps.flatMap((step) => step.matchers));
  // A page's path or a screen's name, when it is text: a string's raw JSON starts with a quote.
  const details = Object.entries(DETAIL_PROPERTY_OF_EVENT).map(([event, property]) => ({
    when: sql`event = ${event} AND startsWith(visitParamExtractRaw(properties, ${property}), '"')`,
    property: sql`${property}`,
    value: sql`visitParamExtractString(properties, ${property})`,
  }));
  const pick = (part: 'property' | 'value') =>
    `multiIf(${details.map((detail) => `${detail.when}, toNullable(${detail[part]})`).join(', ')}, CAST(NULL AS Nullable(String)))`;
  const limit = Math.max(0, Math.trunc(volumes.unmappedLimit));
  // No suggestions asked for (a match preview): the step counts alone.
  if (limit === 0) return volumesFromRows(stepRows[0], volumes.steps.length, []);
  const unmappedRows = await rows(
    client,
    `SELECT event, property, value, uniqExact(person_id) AS persons, count() AS events
     FROM (
       SELECT person_id, event, ${pick('property')} AS property, ${pick('value')} AS value
       FROM (${scopedEventsText(database, scope)})
       WHERE ${sql`event NOT IN ${[...NON_ACTION_EVENTS]}`} AND NOT ${anyStep}
     )
     GROUP BY event, property, value
     ORDER BY persons DESC, events DESC, event, isNotNull(value), ifNull(value, '')
     LIMIT ${limit}`,
  );
  return volumesFromRows(stepRows[0], volumes.steps.length, unmappedRows);
}
