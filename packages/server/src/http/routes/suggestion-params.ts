import { propertyPathSchema } from '@safar/core';
import { z } from 'zod';
import { instant } from '../api-schemas.js';

/** Query-string fields the suggestion routes share (docs/analytics.md, "Suggestions"). */
export const search = z.string().max(200).default('');
export const suggestionLimit = (fallback: number) =>
  z.coerce.number().int().min(1).max(500).default(fallback);
export const eventName = z.string().trim().min(1, 'must name an event').max(200);
export const propertyKey = propertyPathSchema;

/** `from` (inclusive) and `to` (exclusive), both optional: all time when left out. */
export const rangeFields = { from: instant.optional(), to: instant.optional() };
export const rangeIsOrdered = {
  check: (range: { from?: number | undefined; to?: number | undefined }) =>
    range.from === undefined || range.to === undefined || range.from < range.to,
  params: { message: 'must end after it starts', path: ['to'] },
};
