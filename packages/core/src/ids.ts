import { z } from 'zod';

/**
 * Ids are opaque strings chosen by whoever creates the entity, so that an operation and its
 * inverse carry the same ids and replaying an audit trail is deterministic.
 */
export const idSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'may contain only letters, digits, "_" and "-"')
  // Records keyed by id (map cells) cannot hold this key: zod drops it and JSON objects treat it specially.
  .refine((id) => id !== '__proto__', 'is reserved');
export type Id = z.infer<typeof idSchema>;

/** A fresh random id. Randomness is not I/O: crypto.randomUUID exists in Node and every browser. */
export function createId(): Id {
  return globalThis.crypto.randomUUID();
}
