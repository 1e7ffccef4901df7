import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdentityGraph, type IdentityRef } from './identity-graph.js';

const ref = fc.record({
  kind: fc.constantFrom('user' as const, 'anonymous' as const),
  value: fc.constantFrom('1', '2', '3', '4', '5', '6'),
});
const links = fc.array(fc.tuple(ref, ref), { maxLength: 25, size: 'max' });

function build(pairs: readonly (readonly [IdentityRef, IdentityRef])[]): IdentityGraph {
  const graph = new IdentityGraph();
  for (const [a, b] of pairs) graph.link(a, b);
  return graph;
}

/** The reference: connected components by repeated merging, obviously correct and slow. */
function components(pairs: readonly (readonly [IdentityRef, IdentityRef])[]): Set<string>[] {
  let sets: Set<string>[] = [];
  for (const [a, b] of pairs) {
    const keys = [`${a.kind}:${a.value}`, `${b.kind}:${b.value}`];
    const touching = sets.filter((set) => keys.some((key) => set.has(key)));
    const merged = new Set([...keys, ...touching.flatMap((set) => [...set])]);
    sets = [...sets.filter((set) => !touching.includes(set)), merged];
  }
  return sets;
}

describe('identity stitching', () => {
  it('merges transitively: an anonymous browser, a login and an app install are one person', () => {
    const graph = new IdentityGraph();
    graph.link({ kind: 'anonymous', value: 'browser' }, { kind: 'user', value: 'sara' });
    graph.link({ kind: 'anonymous', value: 'phone' }, { kind: 'user', value: 'sara@example.org' });
    graph.link({ kind: 'user', value: 'sara@example.org' }, { kind: 'user', value: 'sara' });
    expect(graph.personOf({ kind: 'anonymous', value: 'browser' })).toBe('u:sara');
    expect(graph.personOf({ kind: 'anonymous', value: 'phone' })).toBe('u:sara');
    expect(graph.idsOf({ kind: 'anonymous', value: 'phone' }).map((id) => id.value)).toEqual([
      'sara',
      'sara@example.org',
      'browser',
      'phone',
    ]);
    expect(graph.personOf({ kind: 'user', value: 'someone-else' })).toBeNull();
  });

  it('puts two ids in one person exactly when a chain of links joins them (against a reference)', () => {
    fc.assert(
      fc.property(links, (pairs) => {
        const graph = build(pairs);
        const reference = components(pairs);
        const all = [...new Set(pairs.flatMap(([a, b]) => [a, b]).map((id) => JSON.stringify(id)))].map(
          (text): IdentityRef => JSON.parse(text),
        );
        for (const a of all) {
          for (const b of all) {
            const together = reference.some(
              (set) => set.has(`${a.kind}:${a.value}`) && set.has(`${b.kind}:${b.value}`),
            );
            expect(graph.personOf(a) === graph.personOf(b)).toBe(together);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same person ids whatever order the links arrive in', () => {
    fc.assert(
      fc.property(
        links.chain((pairs) =>
          fc.tuple(fc.constant(pairs), fc.shuffledSubarray(pairs, { minLength: pairs.length })),
        ),
        ([pairs, shuffled]) => {
          const a = build(pairs);
          const b = build(shuffled);
          for (const [x] of pairs) expect(b.personOf(x)).toBe(a.personOf(x));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('prefers a user id for the person, so a login names the person', () => {
    fc.assert(
      fc.property(links, (pairs) => {
        const graph = build(pairs);
        for (const [a] of pairs) {
          const ids = graph.idsOf(a);
          const person = graph.personOf(a);
          if (ids.some((id) => id.kind === 'user')) expect(person?.startsWith('u:')).toBe(true);
        }
      }),
    );
  });
});
