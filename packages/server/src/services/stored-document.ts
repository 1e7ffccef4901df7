import type { z } from 'zod';

/** A catalogue document as the API returns it: the document plus its storage metadata. */
export type StoredDocument<K extends string, T> = {
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
} & {
  readonly [key in K]: T;
};

export function toStoredDocument<K extends string, S extends z.ZodType>(
  key: K,
  schema: S,
  row: { document: unknown; revision: number; created_at: Date; updated_at: Date },
): StoredDocument<K, z.output<S>> {
  const meta = {
    revision: row.revision,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
  // Stored documents were validated on the way in; parsing again fills defaults added since.
  return { ...meta, [key]: schema.parse(row.document) } as StoredDocument<K, z.output<S>>;
}
