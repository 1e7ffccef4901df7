import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

const SEGMENT = /^(\d{12})\.wal$/;
const segmentName = (id: number) => `${String(id).padStart(12, '0')}.wal`;
const NEWLINE = Buffer.from('\n');

interface PendingWrite {
  /** The record's frame and payload, as pieces written in one writev. */
  readonly pieces: readonly Uint8Array[];
  resolve(): void;
  reject(error: unknown): void;
}
/** Queued between writes: every record queued before it goes to the old segment, after it to the new. */
interface PendingRotation {
  readonly rotate: true;
  resolve(): void;
  reject(error: unknown): void;
}
type Pending = PendingWrite | PendingRotation;

/**
 * An append-only log on disk: a record is acknowledged only once it is written and fdatasync'd.
 * Writers that arrive while a sync is running are written together by the next one (group
 * commit), so throughput does not pay one sync per request. Each record is framed as
 * `<crc32 hex> <length> <payload>\n`; a torn tail from a crash fails its check and is ignored,
 * which is safe because it was never acknowledged.
 */
export class WriteAheadLog {
  private queue: Pending[] = [];
  private writing: Promise<void> | null = null;

  private constructor(
    private readonly dir: string,
    private handle: FileHandle,
    private segmentId: number,
  ) {}

  /** Opens the log in `dir`; returns the records of earlier runs, oldest first, for replay. */
  static async open(
    dir: string,
  ): Promise<{ log: WriteAheadLog; recovered: Buffer[]; recoveredThrough: number }> {
    mkdirSync(dir, { recursive: true });
    const ids = segmentIds(dir);
    const recovered = ids.flatMap((id) => readRecords(readFileSync(join(dir, segmentName(id)))));
    const last = ids.at(-1) ?? 0;
    const handle = await open(join(dir, segmentName(last + 1)), 'a');
    return { log: new WriteAheadLog(dir, handle, last + 1), recovered, recoveredThrough: last };
  }

  /**
   * Resolves once the record is on disk. The payload may come in pieces (a header and a request
   * body, say): they are written as one record, and never copied into one buffer.
   */
  append(payload: readonly Uint8Array[]): Promise<void> {
    const crc = payload.reduce((value, piece) => crc32(piece, value), 0);
    const length = payload.reduce((sum, piece) => sum + piece.length, 0);
    const pieces = [Buffer.from(`${crc.toString(16)} ${length} `), ...payload, NEWLINE];
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ pieces, resolve, reject });
      this.writing ??= this.drain();
    });
  }

  /**
   * Starts a new segment for every record appended from now on; returns the id of the last
   * segment that holds earlier records, to be discarded once they are stored elsewhere.
   */
  rotate(): Promise<number> {
    const closing = new Promise<void>((resolve, reject) =>
      this.queue.push({ rotate: true, resolve, reject }),
    );
    this.writing ??= this.drain();
    return closing.then(() => this.segmentId - 1);
  }

  /** Deletes segments up to and including `segmentId`. */
  discardThrough(segmentId: number): void {
    for (const id of segmentIds(this.dir)) {
      if (id <= segmentId && id !== this.segmentId) rmSync(join(this.dir, segmentName(id)), { force: true });
    }
  }

  async close(): Promise<void> {
    await this.writing;
    await this.handle.close();
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const rotationAt = this.queue.findIndex((pending) => 'rotate' in pending);
        const group = this.queue.splice(0, rotationAt < 0 ? this.queue.length : rotationAt);
        const writes = group.filter((pending): pending is PendingWrite => 'pieces' in pending);
        if (writes.length > 0) await this.writeGroup(writes);
        const [next] = this.queue;
        if (next && 'rotate' in next) {
          this.queue.shift();
          try {
            await this.handle.close();
            this.segmentId += 1;
            this.handle = await open(join(this.dir, segmentName(this.segmentId)), 'a');
            next.resolve();
          } catch (error) {
            next.reject(error);
          }
        }
      }
    } finally {
      this.writing = null;
    }
  }

  private async writeGroup(writes: readonly PendingWrite[]): Promise<void> {
    try {
      await this.handle.writev(writes.flatMap((write) => write.pieces));
      await this.handle.datasync();
      for (const write of writes) write.resolve();
    } catch (error) {
      for (const write of writes) write.reject(error);
    }
  }
}

function segmentIds(dir: string): number[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const match = SEGMENT.exec(name);
      return match?.[1] ? [Number(match[1])] : [];
    })
    .sort((a, b) => a - b);
}

/**
 * The intact records of a segment. A record whose frame is whole but whose checksum fails is
 * skipped; a broken frame (the torn tail of a crash) ends the segment.
 */
export function readRecords(bytes: Buffer): Buffer[] {
  const records: Buffer[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const crcEnd = bytes.indexOf(0x20, offset);
    const lengthEnd = crcEnd < 0 ? -1 : bytes.indexOf(0x20, crcEnd + 1);
    if (lengthEnd < 0) break;
    const crc = Number.parseInt(bytes.toString('latin1', offset, crcEnd), 16);
    const length = Number(bytes.toString('latin1', crcEnd + 1, lengthEnd));
    const start = lengthEnd + 1;
    if (!Number.isSafeInteger(length) || start + length + 1 > bytes.length || bytes[start + length] !== 0x0a)
      break;
    const payload = bytes.subarray(start, start + length);
    if (crc32(payload) === crc) records.push(Buffer.from(payload));
    offset = start + length + 1;
  }
  return records;
}
