import { DuckDBListValue, listValue, type DuckDBConnection } from '@duckdb/node-api';
import { FingerprintSet } from '../fingerprint-set.js';
import { fingerprintAt, type RenderedRows } from '../rendered-events.js';

/** messageFingerprint (fingerprint-set.ts) in DuckDB, as columns `hi` and `lo`. */
export const MESSAGE_FINGERPRINT_SQL = `(md5_number_upper(message_id) >> 32)::UINTEGER AS hi,
  (md5_number_upper(message_id) & 4294967295)::UINTEGER AS lo`;

/**
 * Which messageIds a workspace already holds, answered without reading the table on each append
 * (docs/ingestion.md): the fingerprints of every stored id, read once per workspace and kept
 * current by `remember` (this process is the file's only writer). The NOT IN subquery this
 * replaced read every stored messageId on each append.
 */
export class KnownMessageIds {
  private readonly workspaces = new Map<string, Promise<FingerprintSet>>();

  /**
   * @param writer loads the fingerprints: writes are serial, so nothing else runs on it meanwhile.
   * @param reader confirms fingerprint hits.
   */
  constructor(
    private readonly writer: DuckDBConnection,
    private readonly reader: DuckDBConnection,
  ) {}

  /**
   * Which of the batches' (distinct) messages the workspace lacks, by index in each batch, and
   * how to record them once stored.
   */
  async fresh(
    workspaceId: string,
    batches: readonly Pick<RenderedRows, 'messageIds' | 'fingerprints'>[],
  ): Promise<{ indexes: number[][]; remember(): void }> {
    const known = await this.of(workspaceId);
    const hits = batches.flatMap((batch) =>
      batch.messageIds.filter((_, index) => known.has(...fingerprintAt(batch, index))),
    );
    // Only a hit needs the table: a redelivery, or (rarely) a fingerprint collision.
    const stored = hits.length === 0 ? new Set<string>() : await this.storedOf(workspaceId, hits);
    const indexes = batches.map((batch) => {
      const fresh: number[] = [];
      batch.messageIds.forEach((messageId, index) => {
        if (!stored.has(messageId)) fresh.push(index);
      });
      return fresh;
    });
    return {
      indexes,
      remember: () =>
        batches.forEach((batch, at) => {
          for (const index of indexes[at] ?? []) known.add(...fingerprintAt(batch, index));
        }),
    };
  }

  private of(workspaceId: string): Promise<FingerprintSet> {
    let known = this.workspaces.get(workspaceId);
    if (!known) {
      known = this.load(workspaceId);
      // A failed load is retried next time rather than remembered.
      known.catch(() => this.workspaces.delete(workspaceId));
      this.workspaces.set(workspaceId, known);
    }
    return known;
  }

  private async load(workspaceId: string): Promise<FingerprintSet> {
    // Fingerprinted inside DuckDB and handed over as lists of numbers, a million at a time:
    // streaming the ids, or even the numbers row by row, costs several times as much.
    const parts = (
      await this.writer.runAndReadAll(
        `SELECT list(hi) AS his, list(lo) AS los FROM (
           SELECT ${MESSAGE_FINGERPRINT_SQL}, rowid // 1048576 AS part FROM events WHERE workspace_id = ?
         ) GROUP BY part`,
        [workspaceId],
      )
    )
      .getRows()
      .flatMap(([his, los]) =>
        his instanceof DuckDBListValue && los instanceof DuckDBListValue
          ? [[his.items, los.items] as const]
          : [],
      );
    // Sized for what is stored (the set keeps a quarter free), so loading never rehashes.
    const set = new FingerprintSet((parts.reduce((sum, [his]) => sum + his.length, 0) * 4) / 3 + 1);
    for (const [his, los] of parts) his.forEach((hi, index) => set.add(Number(hi), Number(los[index])));
    return set;
  }

  private async storedOf(workspaceId: string, messageIds: readonly string[]): Promise<Set<string>> {
    const found = (
      await this.reader.runAndReadAll(
        'SELECT message_id FROM events WHERE workspace_id = ? AND message_id IN (SELECT unnest(?::VARCHAR[]))',
        [workspaceId, listValue([...messageIds])],
      )
    ).getRowObjectsJson();
    return new Set(found.map((row) => String(row['message_id'])));
  }
}
