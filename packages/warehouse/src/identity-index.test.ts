import { IdentityGraph, type IdentityRef } from '@safar/analytics';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdentityIndex } from './identity-index.js';

const refOf = (key: string): IdentityRef => ({
  kind: key.startsWith('u:') ? 'user' : 'anonymous',
  value: key.slice(2),
});

// Few ids, so pairs repeat and persons merge often: the cases the index must not get wrong.
const anId = fc.constantFrom('u:1', 'u:2', 'u:3', 'a:1', 'a:2', 'a:3', 'a:4', 'a:5');
const aPair = fc.tuple(anId, anId);
const batches = fc.array(fc.array(aPair, { maxLength: 6 }), { maxLength: 8 });

describe('IdentityIndex', () => {
  it('gives every id the person the identity graph gives it, and persists what changed, across restarts', () => {
    fc.assert(
      fc.property(batches, fc.nat(8), (linkBatches, restartAt) => {
        const reference = new IdentityGraph();
        const persisted = new Map<string, string>();
        const seen = new Set<string>();
        let index = new IdentityIndex();
        linkBatches.forEach((pairs, batch) => {
          if (batch === restartAt) {
            // A restart: the store loads what it saved.
            index = new IdentityIndex();
            index.restore([...persisted].map(([distinctId, personId]) => ({ distinctId, personId })));
          }
          for (const { distinctId, personId } of index.link(pairs)) persisted.set(distinctId, personId);
          for (const [a, b] of pairs) {
            reference.link(refOf(a), refOf(b));
            seen.add(a).add(b);
          }
          for (const id of seen) {
            const expected = reference.personOf(refOf(id));
            expect(index.personOf(id)).toBe(expected);
            expect(persisted.get(id) ?? id).toBe(expected);
          }
        });
      }),
      { numRuns: 500 },
    );
  });

  it('reports nothing changed for pairs already of one person', () => {
    const index = new IdentityIndex();
    expect(index.link([['u:1', 'a:1']])).toHaveLength(2);
    expect(
      index.link([
        ['u:1', 'a:1'],
        ['a:1', 'u:1'],
        ['a:2', 'a:2'],
      ]),
    ).toEqual([]);
    expect(index.personOf('a:2')).toBe('a:2');
  });
});
