import { describe, expect, it } from 'vitest';
import type { QueryEvent } from '../match-event.js';
import { referencePaths, stepName, type ResolvedPaths } from './reference-paths.js';

const MINUTE = 60_000;
let n = 0;
const ev = (personId: string, event: string, minute: number, path?: string): QueryEvent => ({
  personId,
  messageId: `m${String((n += 1)).padStart(4, '0')}`,
  event,
  timestamp: Date.UTC(2026, 10, 1) + minute * MINUTE,
  channel: 'web',
  properties: path ? { path } : {},
  context: {},
});
const spec = (fields: Partial<ResolvedPaths> = {}): ResolvedPaths => ({
  direction: 'from',
  depth: 3,
  sessionGapMs: 30 * MINUTE,
  cleaning: [],
  excludeEvents: [],
  maxEdges: 100,
  ...fields,
});
const edges = (events: QueryEvent[], paths: ResolvedPaths) =>
  referencePaths(events, paths).edges.map(
    (edge) => `${edge.level}:${edge.source}>${edge.target}=${edge.persons}`,
  );

describe('reference paths', () => {
  const events = [
    ev('a', 'page', 0, '/'),
    ev('a', 'page', 1, '/products/12'),
    ev('a', 'page', 2, '/products/12'), // a repeat: collapsed
    ev('a', 'Product Added', 3),
    ev('a', 'page', 90, '/help'), // after a 87-minute gap: a new session
    ev('b', 'page', 0, '/'),
    ev('b', 'page', 5, '/products/7'),
    ev('b', 'Products Searched', 6),
  ];

  it('names pages by path, collapses repeats, splits sessions and counts persons per transition', () => {
    expect(
      edges(events, spec({ cleaning: [{ pattern: '/products/\\d+', replacement: '/products/:id' }] })),
    ).toEqual([
      '0:page />page /products/:id=2',
      '1:page /products/:id>Product Added=1',
      '1:page /products/:id>Products Searched=1',
    ]);
  });

  it('starts at an anchor, or ends at one', () => {
    const anchor = {
      label: 'product',
      matchers: [
        {
          event: 'page',
          filters: [{ property: 'path', operator: 'starts_with' as const, value: '/products' }],
        },
      ],
    };
    expect(edges(events, spec({ anchor, depth: 1 }))).toEqual([
      '0:page /products/12>Product Added=1',
      '0:page /products/7>Products Searched=1',
    ]);
    expect(edges(events, spec({ anchor, direction: 'to', depth: 1 }))).toEqual([
      '0:page />page /products/12=1',
      '0:page />page /products/7=1',
    ]);
  });

  it('keeps one journey when sessions are off, and only the most frequent edges', () => {
    expect(edges(events, spec({ sessionGapMs: null, depth: 10 }))).toContain('2:Product Added>page /help=1');
    expect(edges(events, spec({ maxEdges: 1 }))).toEqual(['0:page />page /products/12=1']);
  });

  it('leaves excluded events out before sessions are cut and repeats collapse', () => {
    const withCalls = [
      ev('c', 'page', 0, '/'),
      ev('c', 'identify', 1),
      ev('c', 'page', 2, '/'), // a repeat once the identify call between is left out
      ev('c', 'identify', 20),
      ev('c', 'Product Added', 40), // 38 minutes after the page: a new session without the call at 20
    ];
    expect(edges(withCalls, spec())).toEqual([
      '0:page />identify=1',
      '1:identify>page /=1',
      '2:page />identify=1',
    ]);
    expect(edges(withCalls, spec({ excludeEvents: ['identify'] }))).toEqual([]);
    // An anchor that is left out starts no path.
    const anchor = { label: 'identified', matchers: [{ event: 'identify', filters: [] }] };
    expect(edges(withCalls, spec({ anchor, excludeEvents: ['identify'] }))).toEqual([]);
    expect(edges(withCalls, spec({ anchor, depth: 1 }))).toEqual(['0:identify>page /=1']);
  });

  it('names screens by path or name and other events by their name', () => {
    expect(stepName({ ...ev('x', 'screen', 0), properties: { name: 'Orders' } }, [])).toBe('screen Orders');
    expect(stepName(ev('x', 'Order Completed', 0), [])).toBe('Order Completed');
  });
});
