import { z } from 'zod';
import { personsPageFields } from './drill-down.js';
import { pathsQuerySchema } from './paths-query.js';

/** The paths' drill-down (docs/analytics.md): the persons who made one Sankey edge. */
export const pathsSelectorSchema = z.object({
  level: z.number().int().min(0).max(9),
  source: z.string().max(10_000),
  target: z.string().max(10_000),
});
export type PathsSelector = z.infer<typeof pathsSelectorSchema>;

export const pathsPersonsRequestSchema = z
  .object({ query: pathsQuerySchema, select: pathsSelectorSchema, ...personsPageFields })
  .superRefine(({ query, select }, context) => {
    if (select.level >= query.depth)
      context.addIssue({
        code: 'custom',
        path: ['select', 'level'],
        message: `must be a level the query reaches (0 to ${query.depth - 1})`,
      });
  });
export type PathsPersonsRequest = z.infer<typeof pathsPersonsRequestSchema>;
