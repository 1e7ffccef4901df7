import { MAX_LOOKUP_IDS } from '@safar/core';
import { drillDownPersons, lookupPersons, type DrillDownKind, type PersonDetail } from '../api/persons';
import { batches, EXPORT_PAGE } from './drill-down-paging';
import { displayName, emailOf } from './person-traits';
import { csvOf } from '../export/csv';

/** The CSV's columns, in personCsvRow's order; each names its header's message (persons.csv.*). */
export const PERSON_CSV_COLUMNS = [
  'personId',
  'name',
  'email',
  'firstSeen',
  'lastSeen',
  'events',
  'channels',
  'ids',
] as const;

/** One CSV row per person: ids and times as machines read them (ISO 8601), channels space-separated. */
export function personCsvRow(id: string, person: PersonDetail | null): (string | number | null)[] {
  if (!person) return [id, ...PERSON_CSV_COLUMNS.slice(1).map(() => null)];
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

/**
 * Every person behind a drill-down as a CSV file's text: ids EXPORT_PAGE at a time, details
 * MAX_LOOKUP_IDS at a time, reporting progress as it goes. Persons come in person-id order; an id
 * met twice (events arriving between pages can shift them) is written once.
 */
export async function drillDownCsv(
  workspaceId: string,
  kind: DrillDownKind,
  spec: { query: unknown; select: unknown },
  header: readonly string[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ csv: string; exported: number }> {
  const seen = new Set<string>();
  const rows: (string | number | null)[][] = [];
  for (let offset = 0, total = 1; offset < total;) {
    const page = await drillDownPersons(workspaceId, kind, { ...spec, limit: EXPORT_PAGE, offset });
    total = page.total;
    const fresh = page.personIds.filter((id) => !seen.has(id));
    for (const id of fresh) seen.add(id);
    for (const batch of batches(fresh, MAX_LOOKUP_IDS)) {
      for (const { id, person } of await lookupPersons(workspaceId, batch))
        rows.push(personCsvRow(id, person));
      onProgress(rows.length, total);
    }
    if (page.personIds.length === 0) break;
    offset += page.personIds.length;
  }
  return { csv: csvOf([header, ...rows]), exported: rows.length };
}
