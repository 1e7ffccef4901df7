/** One thing wrong with the input, located by a dotted path such as `stages.0.name`. */
export interface InputIssue {
  readonly path: string;
  readonly message: string;
}

/** Input that parsed as JSON but breaks a rule; becomes a 400 naming each field. */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
  constructor(
    message: string,
    readonly issues: readonly InputIssue[] = [],
  ) {
    super(message);
  }
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} "${id}" does not exist`);
  }
}

/** The write would contradict what is stored (a stale revision, an id in use); becomes a 409. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function pathToString(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

/** A write based on a revision someone else has already replaced. */
export function staleRevision(entity: string, id: string, currentRevision: number): ConflictError {
  return new ConflictError(
    `${entity} "${id}" has changed since your base revision; it is now at revision ${currentRevision}`,
    { currentRevision },
  );
}
