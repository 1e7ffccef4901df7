import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import {
  columnMappingSchema,
  mapGa4Row,
  mapRow,
  mapSegmentExportRow,
  type ColumnMapping,
  type ColumnMappingInput,
  type NormalizedEvent,
  type RowResult,
} from '@safar/analytics';
import type { EventStore } from '../event-store.js';
import { readCsvRows, readJsonlRows, readParquetRows, type SourceRow } from './read-rows.js';

export const IMPORT_FORMATS = ['csv', 'jsonl', 'parquet', 'segment', 'ga4', 'ga4-parquet'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportProgress {
  readonly rowsRead: number;
  readonly stored: number;
  readonly duplicates: number;
  readonly skipped: number;
  readonly bytesRead: number;
  readonly totalBytes: number;
}

export interface ImportSummary extends ImportProgress {
  /** Why rows were skipped, with how many each. */
  readonly skippedByReason: Readonly<Record<string, number>>;
  /** The first skipped rows, each with its line and reason. */
  readonly problems: readonly { line: number; reason: string }[];
}

export interface ImportRequest {
  readonly store: EventStore;
  readonly workspaceId: string;
  readonly path: string;
  readonly format: ImportFormat;
  /** Needed for csv, jsonl and parquet (the other formats carry their own schema); validated here. */
  readonly mapping?: Partial<ColumnMappingInput> | undefined;
  readonly onProgress?: ((progress: ImportProgress) => void) | undefined;
  readonly chunkSize?: number;
}

export class ImportMappingError extends Error {}

const MAX_PROBLEMS = 1000;

/**
 * Imports a file into the store. Every event's messageId is derived from the file's format and
 * the row's content and position, so importing the same file again stores nothing twice:
 * an interrupted import is resumed by running it again.
 */
export async function importEvents(request: ImportRequest): Promise<ImportSummary> {
  const mapper = mapperFor(request.format, request.mapping);
  const totalBytes = statSync(request.path).size;
  const progress = { bytes: 0 };
  const counts = { rowsRead: 0, stored: 0, duplicates: 0, skipped: 0 };
  const skippedByReason: Record<string, number> = {};
  const problems: { line: number; reason: string }[] = [];
  const skip = (line: number, reason: string) => {
    counts.skipped += 1;
    const kind = reason.replace(/"[^"]*"/g, '""').replace(/\d+/g, 'N');
    skippedByReason[kind] = (skippedByReason[kind] ?? 0) + 1;
    if (problems.length < MAX_PROBLEMS) problems.push({ line, reason });
  };
  const report = () => request.onProgress?.({ ...counts, bytesRead: progress.bytes, totalBytes });

  let chunk: NormalizedEvent[] = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    const result = await request.store.append(request.workspaceId, chunk);
    counts.stored += result.stored;
    counts.duplicates += result.duplicates;
    chunk = [];
    report();
  };
  for await (const source of readerFor(request.format)(request.path, progress, totalBytes)) {
    counts.rowsRead += 1;
    if ('error' in source) {
      skip(source.line, source.error);
      continue;
    }
    const result = mapper(source.row, rowId(request.format, source));
    if (result.ok) chunk.push(result.event);
    else skip(source.line, result.reason);
    if (chunk.length >= (request.chunkSize ?? 5000)) await flush();
  }
  await flush();
  progress.bytes = totalBytes;
  report();
  // The CSV parser reports a malformed record as soon as it meets it, ahead of the rows before it.
  problems.sort((a, b) => a.line - b.line);
  return { ...counts, bytesRead: totalBytes, totalBytes, skippedByReason, problems };
}

function rowId(format: ImportFormat, source: SourceRow): string {
  const hash = createHash('sha256')
    .update(format)
    .update(String(source.line))
    .update(JSON.stringify('row' in source ? source.row : null));
  return `import-${hash.digest('base64url').slice(0, 32)}`;
}

type Mapper = (row: Readonly<Record<string, unknown>>, fallbackId: string) => RowResult;

function mapperFor(format: ImportFormat, mapping: Partial<ColumnMappingInput> | undefined): Mapper {
  if (format === 'ga4' || format === 'ga4-parquet') return mapGa4Row;
  if (format === 'segment') return mapSegmentExportRow;
  if (!mapping) throw new ImportMappingError(`a ${format} import needs a column mapping (or a preset)`);
  const parsed = columnMappingSchema.safeParse(mapping);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportMappingError(
      `mapping${issue?.path.length ? `.${issue.path.join('.')}` : ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const valid: ColumnMapping = parsed.data;
  return (row, fallbackId) => mapRow(row, valid, fallbackId);
}

function readerFor(format: ImportFormat) {
  if (format === 'csv') return readCsvRows;
  if (format === 'parquet' || format === 'ga4-parquet') return readParquetRows;
  return readJsonlRows;
}
