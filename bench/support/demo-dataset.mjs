// The benchmark's data: demo events written once to files (cached by size and seed), so each
// engine bulk-loads the same rows with its own fastest loader instead of going through the
// store's append path (which would take minutes at 10M events).
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoEvents } from '@safar/analytics';
import { IdentityIndex, identityLinksOf, toEventRow } from '@safar/warehouse';

export const WORKSPACE = 'bench';
export const START = Date.UTC(2026, 7, 1);

async function write(stream, text) {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Files: events.ndjson (event rows), identities.ndjson (stitched ids), postgres.csv (distinct id, ts, event, properties). */
export async function demoDataset(events, seed = 7) {
  const dir = join(tmpdir(), `safar-bench-data-${events}-${seed}`);
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest)) return { dir, ...JSON.parse(readFileSync(manifest, 'utf8')) };
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const eventsOut = createWriteStream(join(dir, 'events.ndjson'));
  const postgresOut = createWriteStream(join(dir, 'postgres.csv'));
  const index = new IdentityIndex();
  const mappings = new Map();
  const users = new Set();
  for (const chunk of generateDemoEvents({ seed, events, start: START })) {
    for (const event of chunk) if (event.userId) users.add(event.userId);
    for (const change of index.link(identityLinksOf(chunk, (id) => users.has(id))))
      mappings.set(change.distinctId, change.personId);
    let lines = '';
    let csv = '';
    for (const event of chunk) {
      const row = toEventRow(WORKSPACE, event);
      lines += `${JSON.stringify(row)}\n`;
      csv += `${csvField(row.distinct_id)},${row.timestamp_ms},${csvField(row.event)},${csvField(row.properties)}\n`;
    }
    await write(eventsOut, lines);
    await write(postgresOut, csv);
  }
  for (const stream of [eventsOut, postgresOut]) {
    stream.end();
    await once(stream, 'finish');
  }
  let identities = '';
  let identitiesCsv = '';
  for (const [distinctId, personId] of mappings) {
    identities += `${JSON.stringify({ workspace_id: WORKSPACE, distinct_id: distinctId, person_id: personId })}\n`;
    identitiesCsv += `${csvField(distinctId)},${csvField(personId)}\n`;
  }
  writeFileSync(join(dir, 'identities.ndjson'), identities);
  writeFileSync(join(dir, 'identities.csv'), identitiesCsv);
  const info = {
    events,
    seed,
    stitchedIds: mappings.size,
    generatedInMs: Math.round(performance.now() - started),
  };
  writeFileSync(manifest, JSON.stringify(info));
  return { dir, ...info };
}

const csvField = (text) => `"${String(text).replaceAll('"', '""')}"`;
