import { NON_ACTION_EVENTS } from '@safar/core';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { EngineScope } from '../engine-scope.js';
import {
  DETAIL_PROPERTY_OF_EVENT,
  volumesFromRows,
  type ResolvedVolumes,
  type VolumesResult,
} from '../event-volumes.js';
import { BoundSql, jsonPath, jsonStringSql, scopedEventsSql, stepSql } from './duckdb-sql.js';

/**
 * Event volumes (event-volumes.ts) in two DuckDB queries over the scoped events: one row of
 * per-step persons and events (FILTER aggregates per person, then over persons), and the
 * unmapped events grouped.
 */
export async function duckdbVolumes(
  connection: DuckDBConnection,
  scope: EngineScope,
  volumes: ResolvedVolumes,
): Promise<VolumesResult> {
  const counts = new BoundSql();
  const flags = volumes.steps.map((step, index) => `${stepSql(counts, step.matchers)} AS m${index}`);
  // Per person first, then over persons: one grouping by person instead of a distinct set per step.
  const perPerson = volumes.steps.map((_, index) => `count(*) FILTER (WHERE m${index}) AS e${index}`);
  const aggregates = volumes.steps.map(
    (_, index) => `count(*) FILTER (WHERE e${index} > 0) AS p${index}, sum(e${index}) AS e${index}`,
  );
  const stepRows =
    volumes.steps.length === 0
      ? []
      : (
          await connection.runAndReadAll(
            `SELECT ${aggregates.join(', ')}
             FROM (SELECT ${perPerson.join(', ')}
                   FROM (SELECT person_id, ${flags.join(', ')} FROM (${scopedEventsSql(counts, scope)}))
                   GROUP BY person_id)`,
            counts.values,
          )
        ).getRowObjectsJson();

  const grouped = new BoundSql();
  const anyStep = stepSql(
    grouped,
    volumes.steps.flatMap((step) => step.matchers),
  );
  // A page's path or a screen's name, when it is text (DETAIL_PROPERTY_OF_EVENT), read as JSON once.
  const details = Object.entries(DETAIL_PROPERTY_OF_EVENT).map(([event, property]) => ({
    event: grouped.bind(event),
    property: grouped.bind(property),
    path: grouped.bind(jsonPath([property])),
  }));
  const detail = `CASE ${details.map((d) => `WHEN event = ${d.event} THEN json_extract(properties, ${d.path})`).join(' ')} END`;
  const value = jsonStringSql('detail');
  const property = `CASE WHEN ${value} IS NOT NULL THEN CASE ${details.map((d) => `WHEN event = ${d.event} THEN ${d.property}`).join(' ')} END END`;
  // No suggestions asked for (a match preview): the step counts alone.
  if (volumes.unmappedLimit <= 0) return volumesFromRows(stepRows[0], volumes.steps.length, []);
  const unmappedRows = (
    await connection.runAndReadAll(
      `SELECT event, property, value, count(DISTINCT person_id) AS persons, count(*) AS events
       FROM (
         SELECT person_id, event, ${property} AS property, ${value} AS value
         FROM (
           SELECT person_id, event, ${detail} AS detail FROM (${scopedEventsSql(grouped, scope)})
           WHERE event NOT IN ${grouped.list([...NON_ACTION_EVENTS])} AND NOT ${anyStep}
         )
       )
       GROUP BY event, property, value
       ORDER BY persons DESC, events DESC, event, value IS NOT NULL, coalesce(value, '')
       LIMIT ${grouped.bind(BigInt(Math.max(0, Math.trunc(volumes.unmappedLimit))))}`,
      grouped.values,
    )
  ).getRowObjectsJson();
  return volumesFromRows(stepRows[0], volumes.steps.length, unmappedRows);
}
