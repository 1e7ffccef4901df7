/** Cursors are opaque to clients: base64url JSON of the position after the last item served. */
export function encodeCursor(position: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export class InvalidCursorError extends Error {
  constructor() {
    super('cursor is not one this API returned');
  }
}

export function decodeCursor<T extends readonly ('string' | 'number')[]>(
  cursor: string,
  shape: T,
): { [K in keyof T]: T[K] extends 'string' ? string : number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(parsed) || parsed.length !== shape.length) throw new InvalidCursorError();
  parsed.forEach((value, index) => {
    if (typeof value !== shape[index]) throw new InvalidCursorError();
  });
  // Every element's type was checked against `shape` above.
  return parsed as { [K in keyof T]: T[K] extends 'string' ? string : number };
}
