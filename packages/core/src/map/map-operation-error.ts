export type MapOperationErrorCode = 'not-found' | 'out-of-range' | 'invalid';

/** An edit that cannot be applied; `path` points into the operation or the resulting map. */
export class MapOperationError extends Error {
  override readonly name = 'MapOperationError';
  constructor(
    readonly code: MapOperationErrorCode,
    message: string,
    readonly path: (string | number)[] = [],
  ) {
    super(message);
  }
}
