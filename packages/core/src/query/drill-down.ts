import { z } from 'zod';

/** The most persons one drill-down page holds: an export reads the persons 10,000 at a time. */
export const MAX_PERSONS_PAGE = 10_000;

/** The most persons one lookup (`POST …/persons/lookup`) answers: an export's batch of details. */
export const MAX_LOOKUP_IDS = 1000;

/**
 * Drill-down: the persons behind one number of a journey query's result. Each query kind names
 * its numbers with its own selector (e.g. a funnel step, a retention cell, a path edge); the page
 * is shared. Persons are listed by person id in byte order, so every engine pages the same way.
 */
export const personsPageFields = {
  limit: z.number().int().min(1).max(MAX_PERSONS_PAGE).default(100),
  offset: z.number().int().min(0).max(10_000_000).default(0),
};

/** One page of the persons behind a number, and how many there are in all. */
export interface PersonsPage {
  readonly personIds: readonly string[];
  readonly total: number;
}

/** Orders person ids as the SQL engines' byte order does (UTF-8 byte order equals code-point order). */
export function byPersonId(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const difference = (left[index]?.codePointAt(0) ?? 0) - (right[index]?.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

/** The page of a sorted list of person ids that a drill-down returns. */
export function pageOfPersons(
  personIds: Iterable<string>,
  page: { readonly limit: number; readonly offset: number },
): PersonsPage {
  const sorted = [...new Set(personIds)].sort(byPersonId);
  return { personIds: sorted.slice(page.offset, page.offset + page.limit), total: sorted.length };
}
