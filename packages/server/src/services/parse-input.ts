import type { z } from 'zod';
import { InvalidInputError, pathToString, type InputIssue } from './service-errors.js';

/**
 * Parses with a zod schema, turning failure into an InvalidInputError that names each field.
 * Text that PostgreSQL cannot store is refused here too, so it is a 400 rather than a failed write.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
  prefix: PropertyKey[] = [],
): z.output<S> {
  const result = schema.safeParse(value);
  const issues = result.success
    ? unstorableText(result.data, prefix)
    : result.error.issues.map((issue) => ({
        path: pathToString([...prefix, ...issue.path]),
        message: issue.message,
      }));
  if (result.success && issues.length === 0) return result.data;
  const first = issues[0];
  throw new InvalidInputError(
    first ? `invalid ${what}: ${first.path ? `${first.path}: ` : ''}${first.message}` : `invalid ${what}`,
    issues,
  );
}

/** A lone UTF-16 surrogate: with the `u` flag, a well-formed pair is one code point outside this range. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;
const MAX_TEXT_ISSUES = 20;

/**
 * Strings (and object keys) that PostgreSQL cannot hold: text and jsonb refuse U+0000, and
 * jsonb refuses unpaired surrogates. Both are valid JSON, so no schema rejects them.
 */
function unstorableText(value: unknown, path: PropertyKey[], issues: InputIssue[] = []): InputIssue[] {
  if (issues.length >= MAX_TEXT_ISSUES) return issues;
  if (typeof value === 'string') {
    if (!isStorable(value)) {
      issues.push({
        path: pathToString(path),
        message: 'must not contain U+0000 or an unpaired surrogate, which cannot be stored',
      });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => unstorableText(item, [...path, index], issues));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorable(key)) unstorableText(key, [...path, key], issues);
      else unstorableText(item, [...path, key], issues);
    }
  }
  return issues;
}

function isStorable(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/** The own fields of a JSON object, or none: for merging a URL id into a body before parsing. */
export function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};
}
