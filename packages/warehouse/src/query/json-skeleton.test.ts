import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leafPaths, skeletonOf } from './json-skeleton.js';

/** Leaf paths by walking the value: into objects only, anything else is a leaf. */
function walk(value: unknown, path: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [path];
  return Object.entries(value).flatMap(([key, child]) => walk(child, [...path, key]));
}

const keyArb = fc.constantFrom('a', 'b', 'say "hi"', 'back\\slash', 'تهران', '{', ']', 'x:', '');
const jsonArb = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('text', 'with "quotes"', '{[', ':', '\\', '', 'a\nb'),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(keyArb, tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('JSON skeletons', () => {
  it('keeps keys and brackets only', () => {
    expect(skeletonOf(JSON.stringify({ a: { b: 'x:"y', c: [1, { d: 2 }] }, e: true }))).toBe(
      '{"a":{"b":"c":[{"d":}]}"e":}',
    );
  });

  it('reads back the leaf paths a walk over the value finds, for any JSON value', () => {
    fc.assert(
      fc.property(jsonArb, (value) => {
        expect(leafPaths(skeletonOf(JSON.stringify(value)))).toEqual(walk(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('treats a scalar as its own leaf and an empty object as none', () => {
    expect(leafPaths(skeletonOf('"text"'))).toEqual([[]]);
    expect(leafPaths(skeletonOf('{}'))).toEqual([]);
    expect(leafPaths(skeletonOf('{"a":[{"b":1}],"c":{}}'))).toEqual([['a']]);
  });
});
