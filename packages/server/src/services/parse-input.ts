import type { z } from 'zod';
import { InvalidInputError, pathToString } from './service-errors.js';

/** Parses with a zod schema, turning failure into an InvalidInputError that names each field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
  prefix: PropertyKey[] = [],
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: pathToString([...prefix, ...issue.path]),
    message: issue.message,
  }));
  const first = issues[0];
  throw new InvalidInputError(
    first ? `invalid ${what}: ${first.path ? `${first.path}: ` : ''}${first.message}` : `invalid ${what}`,
    issues,
  );
}
