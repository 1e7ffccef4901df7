/**
 * Text that every match of a regular expression contains, as clauses: each match contains, for
 * every clause, at least one of its strings. The engines test these with a substring search
 * before running the expression itself, which spares most rows the JSON parse and the regex
 * (docs/analytics.md). Empty when nothing is certain.
 *
 * Only a plain subset of the syntax is read (literals, escaped punctuation, `.`, classes, groups,
 * alternation, quantifiers, anchors); anything else (backreferences, lookarounds, flags, `\u`
 * escapes, surrogates) gives no clauses rather than a guess. Matching is case-sensitive, as
 * both the reference engine (`new RegExp(pattern)`) and the SQL engines run it.
 */
export function requiredSubstrings(pattern: string): string[][] {
  if (/[\ud800-\udfff]/.test(pattern)) return [];
  try {
    const reader = { pattern, at: 0 };
    const clauses = readAlternation(reader);
    if (reader.at !== pattern.length) return [];
    return clauses.filter((clause) => clause.length > 0 && clause.every((text) => text.length > 0));
  } catch (error) {
    if (error instanceof Unsupported) return [];
    throw error;
  }
}

class Unsupported extends Error {}

interface Reader {
  readonly pattern: string;
  at: number;
}

type Clauses = string[][];

/** `a|b|…`: one clause, made of each alternative's strongest clause; none if any has none. */
function readAlternation(reader: Reader): Clauses {
  const alternatives = [readSequence(reader)];
  while (reader.pattern[reader.at] === '|') {
    reader.at += 1;
    alternatives.push(readSequence(reader));
  }
  if (alternatives.length === 1) return alternatives[0] ?? [];
  const strongest = alternatives.map((clauses) => clauses.reduce<string[] | null>(stronger, null));
  if (strongest.some((clause) => clause === null)) return [];
  return [[...new Set(strongest.flatMap((clause) => clause ?? []))]];
}

/** The clause more likely to rule a row out: longer shortest string, then fewer strings. */
function stronger(best: string[] | null, clause: string[]): string[] {
  if (!best) return clause;
  const shortest = (strings: string[]) => Math.min(...strings.map((text) => text.length));
  if (shortest(clause) !== shortest(best)) return shortest(clause) > shortest(best) ? clause : best;
  return clause.length < best.length ? clause : best;
}

/** Atoms one after another: every run of plain characters and every atom's clauses are required. */
function readSequence(reader: Reader): Clauses {
  const clauses: Clauses = [];
  let run = '';
  const endRun = () => {
    if (run) clauses.push([run]);
    run = '';
  };
  for (;;) {
    const char = reader.pattern[reader.at];
    if (char === undefined || char === '|' || char === ')') break;
    const atom = readAtom(reader);
    const repeat = readQuantifier(reader);
    if (repeat === 'once' && atom.literal !== undefined) {
      run += atom.literal;
      continue;
    }
    endRun();
    if (repeat === 'optional') continue;
    clauses.push(...(atom.literal !== undefined ? [[atom.literal]] : atom.clauses));
  }
  endRun();
  return clauses;
}

type Atom =
  | { readonly literal: string; readonly clauses?: never }
  | { readonly literal?: never; readonly clauses: Clauses };

const PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B', 'n', 'r', 't', 'f', 'v']);

function readAtom(reader: Reader): Atom {
  const { pattern } = reader;
  const char = pattern[reader.at] ?? '';
  reader.at += 1;
  switch (char) {
    case '\\': {
      const escaped = pattern[reader.at] ?? '';
      reader.at += 1;
      if (PUNCTUATION.test(escaped)) return { literal: escaped };
      if (CLASS_ESCAPES.has(escaped)) return { clauses: [] };
      throw new Unsupported();
    }
    case '.':
    case '^':
    case '$':
      return { clauses: [] };
    case '[':
      skipClass(reader);
      return { clauses: [] };
    case '(': {
      if (pattern[reader.at] === '?') {
        if (pattern[reader.at + 1] !== ':') throw new Unsupported();
        reader.at += 2;
      }
      const clauses = readAlternation(reader);
      if (pattern[reader.at] !== ')') throw new Unsupported();
      reader.at += 1;
      return { clauses };
    }
    case '*':
    case '+':
    case '?':
    case '{':
    case '}':
    case ']':
    case ')':
    case '':
      throw new Unsupported();
    default:
      return { literal: char };
  }
}

/** Past a `[...]` class; `[]` and `[^]` mean different things in JavaScript and RE2, so are refused. */
function skipClass(reader: Reader): void {
  const { pattern } = reader;
  if (pattern[reader.at] === '^') reader.at += 1;
  if (pattern[reader.at] === ']') throw new Unsupported();
  while (reader.at < pattern.length) {
    const char = pattern[reader.at];
    reader.at += char === '\\' ? 2 : 1;
    if (char === ']') return;
  }
  throw new Unsupported();
}

/** The quantifier after an atom: exactly once, at least once, or possibly never. */
function readQuantifier(reader: Reader): 'once' | 'at-least-once' | 'optional' {
  const { pattern } = reader;
  const char = pattern[reader.at];
  let repeat: 'once' | 'at-least-once' | 'optional' = 'once';
  if (char === '?' || char === '*') {
    reader.at += 1;
    repeat = 'optional';
  } else if (char === '+') {
    reader.at += 1;
    repeat = 'at-least-once';
  } else if (char === '{') {
    const bounds = /^\{(\d+)(,\d*)?\}/.exec(pattern.slice(reader.at));
    if (!bounds) throw new Unsupported();
    reader.at += bounds[0].length;
    const least = Number(bounds[1]);
    repeat = least === 0 ? 'optional' : least === 1 && bounds[2] === undefined ? 'once' : 'at-least-once';
  } else return 'once';
  // A lazy quantifier (`+?`) matches the same texts.
  if (pattern[reader.at] === '?') reader.at += 1;
  if (/^[*+?{]/.test(pattern.slice(reader.at))) throw new Unsupported();
  return repeat;
}
