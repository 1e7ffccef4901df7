import {
  drillDownPersons,
  LOOKUP_LIMIT,
  lookupPersons,
  type DrillDownKind,
  type PersonDetail,
} from '../api/persons';
import { batches, EXPORT_LIMIT } from './drill-down-paging';
import { displayName, emailOf } from './person-traits';
import { csvOf } from '../export/csv';

/** One CSV row per person: ids and times as machines read them (ISO 8601), channels space-separated. */
export function personCsvRow(id: string, person: PersonDetail | null): (string | number | null)[] {
  if (!person) return [id, null, null, null, null, null, null, null];
  return [
    person.personId,
    displayName(person.traits),
    emailOf(person.traits),
    person.firstSeen,
    person.lastSeen,
    person.eventCount,
    person.channels.join(' '),
    person.ids.join(' '),
  ];
}

/** The persons behind a drill-down (the first EXPORT_LIMIT of them) as a CSV file's text. */
export async function drillDownCsv(
  workspaceId: string,
  kind: DrillDownKind,
  spec: { query: unknown; select: unknown },
  header: readonly string[],
): Promise<{ csv: string; exported: number; total: number }> {
  const { personIds, total } = await drillDownPersons(workspaceId, kind, {
    ...spec,
    limit: EXPORT_LIMIT,
    offset: 0,
  });
  const rows: (string | number | null)[][] = [];
  for (const batch of batches(personIds, LOOKUP_LIMIT)) {
    for (const { id, person } of await lookupPersons(workspaceId, batch)) rows.push(personCsvRow(id, person));
  }
  return { csv: csvOf([header, ...rows]), exported: rows.length, total };
}
