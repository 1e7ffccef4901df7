import { MAX_PERSONS_PAGE } from '@safar/core';

/** Persons shown per page of a drill-down or of the customers list. */
export const PERSONS_PAGE_SIZE = 25;

/** Persons per drill-down request while exporting (the API's largest page). */
export const EXPORT_PAGE = MAX_PERSONS_PAGE;

export function pageCount(total: number, size = PERSONS_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The `{ limit, offset }` of a 0-based page; pages past the end are clamped to the last. */
export function pageRequest(page: number, total: number | null, size = PERSONS_PAGE_SIZE) {
  const last = total === null ? Number.MAX_SAFE_INTEGER : pageCount(total, size) - 1;
  const clamped = Math.min(Math.max(0, Math.trunc(page)), last);
  return { limit: size, offset: clamped * size };
}

/** 1-based positions of the first and last person on a page, for "26–50 of 120"; null when empty. */
export function pageRange(page: number, total: number, size = PERSONS_PAGE_SIZE) {
  const { offset } = pageRequest(page, total, size);
  if (total === 0) return null;
  return { first: offset + 1, last: Math.min(offset + size, total) };
}

/** Splits ids into batches a lookup takes (at most `size` ids each). */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size));
  return out;
}
