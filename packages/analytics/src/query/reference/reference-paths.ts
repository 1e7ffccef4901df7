import { matchesStep, type QueryEvent, type ResolvedStep } from '../match-event.js';
import { inJourneyOrder } from './reference-funnel.js';

export interface ResolvedPaths {
  readonly anchor?: ResolvedStep | undefined;
  readonly direction: 'from' | 'to';
  readonly depth: number;
  readonly sessionGapMs: number | null;
  readonly cleaning: readonly { readonly pattern: string; readonly replacement: string }[];
  /** Event names left out before anything else, as if never sent. */
  readonly excludeEvents: readonly string[];
  readonly maxEdges: number;
}

/** A Sankey edge: from the node at `level` to the node at `level + 1`, with the persons who made it. */
export interface PathEdge {
  readonly level: number;
  readonly source: string;
  readonly target: string;
  readonly persons: number;
}

export interface PathsResult {
  readonly edges: readonly PathEdge[];
}

/** A step's name: pages and screens by their path (or name), every other event by its name; then cleaned. */
export function stepName(event: QueryEvent, cleaning: ResolvedPaths['cleaning']): string {
  const where = event.properties['path'] ?? event.properties['name'];
  const raw =
    (event.event === 'page' || event.event === 'screen') && typeof where === 'string'
      ? `${event.event} ${where}`
      : event.event;
  return cleaning.reduce((name, rule) => name.replace(new RegExp(rule.pattern, 'g'), rule.replacement), raw);
}

function sessionsOf(events: readonly QueryEvent[], gapMs: number | null): QueryEvent[][] {
  const sessions: QueryEvent[][] = [];
  let current: QueryEvent[] = [];
  for (const event of events) {
    const previous = current.at(-1);
    if (previous && gapMs !== null && event.timestamp - previous.timestamp > gapMs) {
      sessions.push(current);
      current = [];
    }
    current.push(event);
  }
  if (current.length > 0) sessions.push(current);
  return sessions;
}

/** Names along one session, consecutive repeats collapsed, cut at the anchor and the depth. */
function pathOf(session: readonly QueryEvent[], paths: ResolvedPaths): string[] | null {
  const anchorAt = paths.anchor
    ? session.findIndex((event) => matchesStep(event, paths.anchor as ResolvedStep))
    : 0;
  if (anchorAt < 0) return null;
  const part =
    paths.direction === 'from'
      ? session.slice(anchorAt)
      : session.slice(0, paths.anchor ? anchorAt + 1 : session.length);
  const names: string[] = [];
  for (const event of part) {
    const name = stepName(event, paths.cleaning);
    if (names.at(-1) !== name) names.push(name);
  }
  return paths.direction === 'from' ? names.slice(0, paths.depth + 1) : names.slice(-(paths.depth + 1));
}

/** One session's path of one person: the step names from level 0 on. */
export interface PersonPath {
  readonly personId: string;
  readonly names: readonly string[];
}

/** Every person's paths, one per session that has the anchor: what both the edges and the drill-down read. */
export function pathsOfPersons(events: readonly QueryEvent[], paths: ResolvedPaths): PersonPath[] {
  const byPerson = new Map<string, QueryEvent[]>();
  const excluded = new Set(paths.excludeEvents);
  for (const event of events)
    if (!excluded.has(event.event))
      byPerson.set(event.personId, [...(byPerson.get(event.personId) ?? []), event]);
  const result: PersonPath[] = [];
  for (const [personId, personEvents] of byPerson)
    for (const session of sessionsOf([...personEvents].sort(inJourneyOrder), paths.sessionGapMs)) {
      const names = pathOf(session, paths);
      if (names) result.push({ personId, names });
    }
  return result;
}

/** The reference paths: plain TypeScript, the oracle for the SQL engines. */
export function referencePaths(events: readonly QueryEvent[], paths: ResolvedPaths): PathsResult {
  const edges = new Map<string, { edge: Omit<PathEdge, 'persons'>; persons: Set<string> }>();
  for (const { personId, names } of pathsOfPersons(events, paths)) {
    for (let level = 0; level + 1 < names.length; level += 1) {
      const edge = { level, source: names[level] ?? '', target: names[level + 1] ?? '' };
      const key = JSON.stringify(edge);
      const entry = edges.get(key) ?? { edge, persons: new Set<string>() };
      entry.persons.add(personId);
      edges.set(key, entry);
    }
  }
  return {
    edges: [...edges.values()]
      .map(({ edge, persons }) => ({ ...edge, persons: persons.size }))
      // Ties by level, then by name in code-unit order, which the SQL engines' byte order matches for text without astral characters.
      .sort(
        (a, b) =>
          b.persons - a.persons ||
          a.level - b.level ||
          byText(a.source, b.source) ||
          byText(a.target, b.target),
      )
      .slice(0, paths.maxEdges),
  };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
