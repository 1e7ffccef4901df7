import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredSubstrings } from './regex-substrings.js';

/** A regular expression with a text it matches, built together so every case is a real match. */
interface Sample {
  readonly pattern: string;
  readonly text: fc.Arbitrary<string>;
}

const plain = (char: string) => (/[\\^$.|?*+()[\]{}]/.test(char) ? `\\${char}` : char);
const literal: fc.Arbitrary<Sample> = fc
  .constantFrom('a', 'b', 'g', 'o', '.', '/', '-', '"', '\\', ':', 'é', 'ک', ' ', '?', '(')
  .map((char) => ({ pattern: plain(char), text: fc.constant(char) }));
const wildcard: fc.Arbitrary<Sample> = fc.constantFrom<Sample>(
  { pattern: '.', text: fc.constantFrom('a', 'x', 'ک') },
  { pattern: '[ab]', text: fc.constantFrom('a', 'b') },
  { pattern: '[^a]', text: fc.constantFrom('b', '"') },
  { pattern: '\\d', text: fc.constantFrom('0', '7') },
  { pattern: '\\w', text: fc.constantFrom('a', '_') },
);

const sample: fc.Arbitrary<Sample> = fc.letrec<{ node: Sample; sequence: Sample; alternation: Sample }>(
  (tie) => ({
    node: fc.oneof(
      { weight: 4, arbitrary: literal },
      { weight: 1, arbitrary: wildcard },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom('(', '(?:'), tie('alternation'))
          .map(([open, inner]) => ({ pattern: `${open}${inner.pattern})`, text: inner.text })),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            tie('node'),
            fc.constantFrom<[string, number, number]>(
              ['?', 0, 1],
              ['*', 0, 3],
              ['+', 1, 3],
              ['{2}', 2, 2],
              ['{1,3}', 1, 3],
              ['{0,2}', 0, 2],
              ['+?', 1, 3],
            ),
            fc.nat(3),
          )
          .map(([inner, [quantifier, least, most], times]) => {
            const count = Math.min(most, least + times);
            // Grouped, so the quantifier applies to the whole inner pattern.
            return {
              pattern: `(?:${inner.pattern})${quantifier}`,
              text: fc
                .array(inner.text, { minLength: count, maxLength: count })
                .map((parts) => parts.join('')),
            };
          }),
      },
    ),
    sequence: fc.array(tie('node'), { minLength: 1, maxLength: 5 }).map((nodes) => ({
      pattern: nodes.map((node) => node.pattern).join(''),
      text: fc.tuple(...nodes.map((node) => node.text)).map((parts) => parts.join('')),
    })),
    alternation: fc.array(tie('sequence'), { minLength: 1, maxLength: 3 }).chain((alternatives) =>
      fc.nat(alternatives.length - 1).map((chosen) => ({
        pattern: alternatives.map((alternative) => alternative.pattern).join('|'),
        text: alternatives[chosen]?.text ?? fc.constant(''),
      })),
    ),
  }),
).alternation;

describe('requiredSubstrings', () => {
  it('names only text that every match contains', () => {
    fc.assert(
      fc.property(
        sample.chain(({ pattern, text }) =>
          fc.tuple(
            fc.constant(pattern),
            fc.tuple(fc.string(), text, fc.string()).map((parts) => parts.join('')),
          ),
        ),
        ([pattern, text]) => {
          expect(new RegExp(pattern).test(text)).toBe(true);
          for (const clause of requiredSubstrings(pattern))
            expect(clause.some((required) => text.includes(required))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads the substrings of the regular expressions maps use', () => {
    expect(requiredSubstrings('^https?://(www\\.)?(google|bing)\\.')).toEqual([
      ['http'],
      ['://'],
      ['google', 'bing'],
      ['.'],
    ]);
    expect(requiredSubstrings('skroutz|torob|emalls|idealo|pricerunner')).toEqual([
      ['skroutz', 'torob', 'emalls', 'idealo', 'pricerunner'],
    ]);
    expect(requiredSubstrings('/checkout(/.*)?$')).toEqual([['/checkout']]);
    expect(requiredSubstrings('ab+c')).toEqual([['a'], ['b'], ['c']]);
    expect(requiredSubstrings('colou?r')).toEqual([['colo'], ['r']]);
  });

  it('claims nothing where it cannot be sure', () => {
    for (const pattern of [
      '',
      'a|',
      '.*',
      '(a)\\1',
      'a(?=b)',
      '(?i)abc',
      '[]a]',
      '\\u0041',
      'a{',
      'x😀+',
      'a|.',
    ])
      expect(requiredSubstrings(pattern)).toEqual([]);
  });
});
