/**
 * Debian's ClickHouse 18.16 predates server-side query parameters ({name:Type}), so values are
 * bound here instead: every interpolated value becomes a literal of its type, escaped by one
 * function, never concatenated as text. Identifiers must be named with `identifier()`.
 */
export type SqlValue = string | number | bigint | readonly (string | number)[] | SqlFragment;

export class SqlFragment {
  constructor(readonly text: string) {}
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function identifier(name: string): SqlFragment {
  if (!IDENTIFIER.test(name)) throw new Error(`not a safe ClickHouse identifier: ${JSON.stringify(name)}`);
  return new SqlFragment(name);
}

/** A string literal: backslash and quote escaped, and NUL spelled out so the query stays text. */
export function stringLiteral(value: string): string {
  return `'${value.replace(/[\\']/g, (char) => `\\${char}`).replace(/\0/g, '\\0')}'`;
}

function literal(value: SqlValue): string {
  if (value instanceof SqlFragment) return value.text;
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`only safe integers are bound, not ${value}`);
    return String(value);
  }
  // An empty IN list is a syntax error; a tuple holding one impossible value matches nothing.
  if (value.length === 0) return '(NULL)';
  return `(${value.map((item) => literal(item)).join(', ')})`;
}

export function sql(strings: TemplateStringsArray, ...values: SqlValue[]): string {
  return strings.reduce(
    (text, part, index) => text + part + (index < values.length ? literal(values[index] ?? '') : ''),
    '',
  );
}

export function raw(text: string): SqlFragment {
  return new SqlFragment(text);
}
