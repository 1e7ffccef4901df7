import { describe, expect, it } from 'vitest';
import { markovCredits, markovRemovalEffects, pathTransitions, type MarkovPath } from './markov-chain.js';

const converted = (...keys: string[]): MarkovPath => ({ keys, converted: true });
const dropped = (...keys: string[]): MarkovPath => ({ keys, converted: false });
const asObject = (map: Map<string, number>) => Object.fromEntries(map);

describe('the Markov-chain model', () => {
  it('counts transitions from the start, between keys (repeats collapsed) and to the end', () => {
    const transitions = pathTransitions([converted('a', 'a', 'b'), dropped('a'), dropped()]);
    expect(transitions).toEqual([
      { from: null, to: 'a', converted: false, count: 2 },
      { from: 'a', to: 'b', converted: false, count: 1 },
      { from: 'b', to: null, converted: true, count: 1 },
      { from: 'a', to: null, converted: false, count: 1 },
    ]);
  });

  it('gives the whole conversion to the only key on the only path', () => {
    expect(asObject(markovCredits(pathTransitions([converted('a')]), 3))).toEqual({ a: 3 });
  });

  it('works out removal effects for a small chain by hand', () => {
    // start -> a 2/3, start -> b 1/3; a -> b 1/2, a -> null 1/2; b -> conversion 1.
    // P = 2/3 * 1/2 + 1/3 = 2/3. Without a: 1/3, effect 1/2. Without b: 0, effect 1.
    const transitions = pathTransitions([converted('a', 'b'), dropped('a'), converted('b')]);
    const effects = markovRemovalEffects(transitions);
    expect(effects.get('a')).toBeCloseTo(0.5, 12);
    expect(effects.get('b')).toBeCloseTo(1, 12);
    // Two conversions in proportion 1/2 : 1.
    const credits = markovCredits(transitions, 2);
    expect(credits.get('a')).toBeCloseTo(2 / 3, 12);
    expect(credits.get('b')).toBeCloseTo(4 / 3, 12);
  });

  it('solves a chain with a loop', () => {
    // a -> b 1/2, a -> conversion 1/2; b -> a 1/2, b -> null 1/2; start -> a 1/2, start -> b 1/2.
    // x_a = x_b/2 + 1/2, x_b = x_a/2: x_a = 2/3, x_b = 1/3, P = 1/2.
    // Without a: 0 (effect 1). Without b: x_a = 1/2, P = 1/4 (effect 1/2).
    const transitions = pathTransitions([converted('a', 'b', 'a'), dropped('b')]);
    const effects = markovRemovalEffects(transitions);
    expect(effects.get('a')).toBeCloseTo(1, 12);
    expect(effects.get('b')).toBeCloseTo(0.5, 12);
    expect(markovCredits(transitions, 1).get('b')).toBeCloseTo(1 / 3, 12);
  });

  it('gives exactly nothing to a key from which no conversion follows', () => {
    const credits = markovCredits(pathTransitions([converted('a'), dropped('c'), dropped('a', 'c')]), 1);
    expect(credits.get('c')).toBe(0);
    expect(credits.get('a')).toBe(1);
  });

  it('credits nothing when nothing converted, and nobody when there are no paths', () => {
    expect(asObject(markovCredits(pathTransitions([dropped('a', 'b')]), 0))).toEqual({ a: 0, b: 0 });
    expect(markovCredits([], 0).size).toBe(0);
  });

  it('does not depend on the order transitions come in', () => {
    const transitions = pathTransitions([
      converted('x', 'y', 'z'),
      converted('z', 'x'),
      dropped('y', 'x', 'y'),
      converted('y'),
      dropped('z'),
    ]);
    const forwards = markovCredits(transitions, 3);
    const backwards = markovCredits([...transitions].reverse(), 3);
    expect(asObject(backwards)).toEqual(asObject(forwards));
    expect([...forwards.values()].reduce((sum, credit) => sum + credit, 0)).toBeCloseTo(3, 12);
  });
});
