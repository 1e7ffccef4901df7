import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readRecords, WriteAheadLog } from './write-ahead-log.js';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'safar-wal-test-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('WriteAheadLog', () => {
  it('gives back on reopen every record it acknowledged, in order', async () => {
    const dir = freshDir();
    const { log } = await WriteAheadLog.open(dir);
    const payloads = Array.from({ length: 200 }, (_, i) =>
      Buffer.from(JSON.stringify({ i, text: 'خرید ✓ \n' })),
    );
    await Promise.all(payloads.map((payload) => log.append([payload])));
    await log.close();
    const { log: reopened, recovered } = await WriteAheadLog.open(dir);
    expect(recovered.map(String)).toEqual(payloads.map(String));
    await reopened.close();
  });

  it('keeps a record given in pieces as one, framed as if it came whole', async () => {
    const dir = freshDir();
    const { log } = await WriteAheadLog.open(dir);
    await log.append([Buffer.from('{"w":"ws"}\n'), Buffer.from('سفر'), Buffer.alloc(0), Buffer.from('!')]);
    await log.append([Buffer.from('{"w":"ws"}\nسفر!')]);
    await log.close();
    const [segment] = readdirSync(dir);
    const [first, second] = readFileSync(join(dir, segment ?? ''), 'utf8').split(/(?<=!\n)/);
    expect(first).toBe(second);
    const { log: reopened, recovered } = await WriteAheadLog.open(dir);
    expect(recovered.map(String)).toEqual(['{"w":"ws"}\nسفر!', '{"w":"ws"}\nسفر!']);
    await reopened.close();
  });

  it('ignores a torn last record, which was never acknowledged', async () => {
    const dir = freshDir();
    const { log } = await WriteAheadLog.open(dir);
    await log.append([Buffer.from('first')]);
    await log.close();
    const [segment] = readdirSync(dir);
    appendFileSync(join(dir, segment ?? ''), '1a2b3c 100 half-writ');
    const { log: reopened, recovered } = await WriteAheadLog.open(dir);
    expect(recovered.map(String)).toEqual(['first']);
    await reopened.close();
  });

  it('skips a whole record whose checksum fails and reads on', () => {
    const good = Buffer.from('ok');
    const framed = (crc: string, payload: Buffer) =>
      Buffer.concat([Buffer.from(`${crc} ${payload.length} `), payload, Buffer.from('\n')]);
    const bytes = Buffer.concat([
      framed('79dcdd47', good),
      framed('deadbeef', Buffer.from('bad')),
      framed('79dcdd47', good),
    ]);
    expect(readRecords(bytes).map(String)).toEqual(['ok', 'ok']);
  });

  it('puts records queued before a rotation in the old segment and discards it on request', async () => {
    const dir = freshDir();
    const { log } = await WriteAheadLog.open(dir);
    const before = [log.append([Buffer.from('a')]), log.append([Buffer.from('b')])];
    const rotated = log.rotate();
    const after = log.append([Buffer.from('c')]);
    await Promise.all([...before, after]);
    log.discardThrough(await rotated);
    await log.close();
    const { log: reopened, recovered } = await WriteAheadLog.open(dir);
    expect(recovered.map(String)).toEqual(['c']);
    await reopened.close();
  });
});
