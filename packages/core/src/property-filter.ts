import { z } from 'zod';

/**
 * One comparison on a property or trait, shared by touchpoint event matchers and persona
 * segment rules so both are evaluated by the same analytics code later.
 */
export const PROPERTY_OPERATORS = [
  'equals',
  'not_equals',
  'contains',
  'not_contains',
  'starts_with',
  'ends_with',
  'matches_regex',
  'greater_than',
  'greater_or_equal',
  'less_than',
  'less_or_equal',
  'in',
  'not_in',
  'is_set',
  'is_not_set',
] as const;
export const propertyOperatorSchema = z.enum(PROPERTY_OPERATORS);
export type PropertyOperator = z.infer<typeof propertyOperatorSchema>;

const scalarSchema = z.union([z.string(), z.number(), z.boolean()]);

export const propertyPathSchema = z
  .string()
  .min(1, 'must name a property')
  .max(200)
  .regex(
    /^[A-Za-z0-9_$.:@-]+$/,
    'may contain letters, digits and "_ $ . : @ -" (dots address nested properties)',
  );

export const propertyFilterSchema = z.discriminatedUnion('operator', [
  z.object({
    property: propertyPathSchema,
    operator: z.enum(['equals', 'not_equals']),
    value: scalarSchema,
  }),
  z.object({
    property: propertyPathSchema,
    operator: z.enum(['contains', 'not_contains', 'starts_with', 'ends_with']),
    value: z.string().min(1, 'must not be empty'),
  }),
  z.object({
    property: propertyPathSchema,
    operator: z.literal('matches_regex'),
    value: z
      .string()
      .min(1)
      .refine((pattern) => isValidRegex(pattern), 'must be a valid regular expression'),
  }),
  z.object({
    property: propertyPathSchema,
    operator: z.enum(['greater_than', 'greater_or_equal', 'less_than', 'less_or_equal']),
    value: z.number(),
  }),
  z.object({
    property: propertyPathSchema,
    operator: z.enum(['in', 'not_in']),
    value: z.array(scalarSchema).min(1, 'must list at least one value'),
  }),
  z.object({
    property: propertyPathSchema,
    operator: z.enum(['is_set', 'is_not_set']),
  }),
]);
export type PropertyFilter = z.infer<typeof propertyFilterSchema>;

function isValidRegex(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
