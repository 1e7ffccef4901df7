import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from 'csv-parse';

/** A row of a source file with the line (CSV, JSONL) or row number (Parquet) people can look up. */
export type SourceRow =
  | { readonly line: number; readonly row: Record<string, unknown> }
  | { readonly line: number; readonly error: string };

/** CSV with a header row; a malformed record is reported on its line and skipped. */
export async function* readCsvRows(path: string, progress: { bytes: number }): AsyncGenerator<SourceRow> {
  const stream = createReadStream(path);
  stream.on('data', (chunk) => (progress.bytes += chunk.length));
  const errors: SourceRow[] = [];
  const parser = stream.pipe(
    parse({
      columns: true,
      bom: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
    }),
  );
  parser.on('skip', (error: Error & { lines?: number }) => {
    errors.push({ line: error.lines ?? 0, error: `malformed CSV: ${error.message}` });
  });
  for await (const record of parser as AsyncIterable<{
    record: Record<string, unknown>;
    info: { lines: number };
  }>) {
    while (errors.length > 0) {
      const error = errors.shift();
      if (error) yield error;
    }
    yield { line: record.info.lines, row: record.record };
  }
  yield* errors;
}

/** One JSON object per line; blank lines are ignored, a line that is not an object is reported. */
export async function* readJsonlRows(path: string, progress: { bytes: number }): AsyncGenerator<SourceRow> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    progress.bytes += Buffer.byteLength(text) + 1;
    if (text.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      yield { line, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
      continue;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      yield { line, error: 'not a JSON object' };
    else yield { line, row: { ...parsed } };
  }
}

/** Parquet, read by DuckDB chunk by chunk; nested columns (GA4 event_params) arrive as JSON values. */
export async function* readParquetRows(
  path: string,
  progress: { bytes: number },
  totalBytes: number,
): AsyncGenerator<SourceRow> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const counted = await connection.runAndReadAll('SELECT count(*) AS n FROM read_parquet(?)', [path]);
    const total = Math.max(1, Number(counted.getRowObjectsJson()[0]?.['n'] ?? 1));
    const result = await connection.stream('SELECT * FROM read_parquet(?)', [path]);
    let line = 0;
    for await (const rows of result.yieldRowObjectJson()) {
      for (const row of rows) {
        line += 1;
        yield { line, row: { ...row } };
      }
      // Parquet is columnar: progress is the share of rows read, expressed in bytes of the file.
      progress.bytes = Math.round((line / total) * totalBytes);
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
