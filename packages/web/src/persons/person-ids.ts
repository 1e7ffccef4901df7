/**
 * Person ids as the event store writes them: `u:<userId>` for a known user, `a:<anonymousId>` for
 * a device or browser; a person's id is one of their ids (docs/ingestion.md).
 */
export type IdKind = 'user' | 'device' | 'other';

export function idKind(id: string): IdKind {
  if (id.startsWith('u:')) return 'user';
  if (id.startsWith('a:')) return 'device';
  return 'other';
}

/** The id without its `u:`/`a:` prefix, as the customer's systems know it. */
export function bareId(id: string): string {
  return idKind(id) === 'other' ? id : id.slice(2);
}

/**
 * What to look a typed id up as, in order: as typed, then as a user id, then as a device id,
 * so "sara" finds `u:sara` and "u:sara" finds itself.
 */
export function candidateIds(typed: string): string[] {
  const id = typed.trim();
  if (id.length === 0) return [];
  if (idKind(id) !== 'other') return [id];
  return [id, `u:${id}`, `a:${id}`];
}

/**
 * Text set apart from its surroundings' direction (FSI … PDI), as `<bdi>` does in markup: an id
 * or event name inside a Persian or Arabic sentence keeps its own order.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
