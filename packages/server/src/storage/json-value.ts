import { sql, type RawBuilder } from 'kysely';

/**
 * A value for a jsonb column. Sent as text and cast in SQL, because node-postgres would turn a
 * top-level array into a PostgreSQL array and PGlite serialises by the inferred parameter type;
 * text is read the same way by both.
 */
export function jsonb(value: unknown): RawBuilder<string> {
  return sql<string>`cast(cast(${JSON.stringify(value)} as text) as jsonb)`;
}
