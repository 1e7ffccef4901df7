import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../packages/cli/bin/safar.js', import.meta.url));
const BATCH = 250;

/** Starts `safar serve` as its own process and resolves with its URL once it listens. */
function startServe(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--data', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CLICKHOUSE_URL: '' },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving on (http:\/\/\S+?) /.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`safar serve exited (${code}) before listening:\n${output}`)),
    );
  });
}

describe('a crash during sustained ingest', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'safar-crash-'));
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no acknowledged event and stores none twice', async () => {
    const first = await startServe(dataDir);
    children.push(first.child);
    await fetch(`${first.url}/api/workspaces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'crash', name: 'Crash test' }),
    });
    const { key } = (await (
      await fetch(`${first.url}/api/workspaces/crash/write-keys`, { method: 'POST' })
    ).json()) as { key: string };
    const authorization = `Basic ${Buffer.from(`${key}:`).toString('base64')}`;

    const acknowledged = new Set<string>();
    const sent: string[][] = [];
    let stop = false;
    const sender = async (lane: number) => {
      for (let round = 0; !stop; round += 1) {
        const ids = Array.from({ length: BATCH }, (_, i) => `crash-${lane}-${round}-${i}`);
        sent.push(ids);
        const body = JSON.stringify({
          batch: ids.map((messageId, i) => ({
            type: 'track',
            event: 'Heartbeat',
            messageId,
            anonymousId: `device-${lane}-${i % 10}`,
            properties: { round },
          })),
        });
        try {
          const response = await fetch(`${first.url}/v1/batch`, {
            method: 'POST',
            headers: { authorization, 'content-type': 'application/json' },
            body,
          });
          if (response.status === 200) for (const id of ids) acknowledged.add(id);
        } catch {
          return; // the server is gone
        }
      }
    };
    const senders = [0, 1, 2, 3].map(sender);
    // Let the ingest run long enough for several flushes and log rotations, then pull the plug.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(senders);
    expect(acknowledged.size).toBeGreaterThan(5_000);

    const second = await startServe(dataDir);
    children.push(second.child);
    // An SDK retries what was not acknowledged, and may resend what was: neither may duplicate.
    const resend = sent.slice(-8).flat();
    const resent = await fetch(`${second.url}/v1/batch`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({
        batch: resend.map((messageId) => ({
          type: 'track',
          event: 'Heartbeat',
          messageId,
          anonymousId: 'retry',
        })),
      }),
    });
    expect(resent.status).toBe(200);

    const stored: string[] = [];
    let cursor = '';
    do {
      const page = (await (
        await fetch(
          `${second.url}/api/workspaces/crash/events?limit=1000${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).json()) as { items: { messageId: string }[]; nextCursor: string | null };
      stored.push(...page.items.map((event) => event.messageId));
      cursor = page.nextCursor ?? '';
    } while (cursor);

    const storedSet = new Set(stored);
    expect(stored.length).toBe(storedSet.size);
    const lost = [...acknowledged].filter((id) => !storedSet.has(id));
    expect(lost).toEqual([]);
    for (const id of resend) expect(storedSet.has(id)).toBe(true);
    second.child.kill('SIGTERM');
  }, 120_000);
});
