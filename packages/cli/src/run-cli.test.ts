import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapDocumentSchema } from '@safar/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliOutput } from './run-cli.js';

function capture(): CliOutput & { stdout: string; stderr: string } {
  const sink = {
    stdout: '',
    stderr: '',
    out(text: string) {
      sink.stdout += text;
    },
    err(text: string) {
      sink.stderr += text;
    },
  };
  return sink;
}

async function safar(...args: string[]) {
  const output = capture();
  const code = await runCli(['node', 'safar', ...args], output);
  return { code, ...output };
}

describe('safar CLI on embedded storage', () => {
  let dir: string;
  let previousUrl: string | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'safar-cli-'));
    previousUrl = process.env['DATABASE_URL'];
    delete process.env['DATABASE_URL'];
    delete process.env['CLICKHOUSE_URL'];
  });
  afterEach(() => {
    if (previousUrl !== undefined) process.env['DATABASE_URL'] = previousUrl;
  });

  it('seeds the demo workspace once, exports a map and imports it back', async () => {
    const data = join(dir, 'data');
    const seeded = await safar('demo', '--no-serve', '--data', data, '--locale', 'fa', '--events', '10000');
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).toMatch(/Seeded workspace "demo": 3 personas, \d+ touchpoints, 5 maps/);
    expect(seeded.stdout).toMatch(/Generated 10,000 demo events of [\d,]+ customers/);
    expect(
      (await safar('demo', '--no-serve', '--data', join(dir, 'other'), '--events', '12')).stderr,
    ).toContain('10,000 to 10,000,000 events');

    const again = await safar('demo', '--no-serve', '--data', data);
    expect(again.stdout).toContain('already exists');

    const file = join(dir, 'map.json');
    const exported = await safar('export', 'map', 'demo-ecommerce-purchase', '--data', data, '--out', file);
    expect(exported.code, exported.stderr).toBe(0);
    const document = mapDocumentSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(document.map.locale).toBe('fa');
    expect(document.personas.map((persona) => persona.id)).toEqual(['persona-careful-shopper']);

    const taken = await safar('import', 'map', file, '--data', data);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('already exists');

    const imported = await safar('import', 'map', file, '--data', data, '--workspace', 'copy');
    expect(imported.code, imported.stderr).toBe(0);
    const reexported = await safar(
      'export',
      'map',
      'demo-ecommerce-purchase',
      '--data',
      data,
      '--workspace',
      'copy',
    );
    expect(mapDocumentSchema.parse(JSON.parse(reexported.stdout))).toEqual(document);
  }, 120_000);

  it('explains bad input and exits non-zero', async () => {
    const data = join(dir, 'data');
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{ "format": ');
    const broken = await safar('import', 'map', notJson, '--data', data);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('is not valid JSON');

    const future = join(dir, 'future.json');
    writeFileSync(future, JSON.stringify({ format: 'safar.journey-map', schemaVersion: 9, map: {} }));
    const tooNew = await safar('import', 'map', future, '--data', data);
    expect(tooNew.code).toBe(1);
    expect(tooNew.stderr).toContain('schemaVersion 9 is not supported');

    const missing = await safar('export', 'map', 'nope', '--data', data, '--workspace', 'nowhere');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('workspace "nowhere" does not exist');

    const badFormat = await safar('export', 'map', 'x', '--format', 'pdf', '--data', data);
    expect(badFormat.code).not.toBe(0);
    expect(badFormat.stderr).toContain('only "json" is supported');
  });

  it('imports events with a progress report and a summary, idempotently', async () => {
    const data = join(dir, 'data');
    const receipt = fileURLToPath(new URL('../../../datasets/receipt.csv', import.meta.url));
    const first = await safar(
      'import',
      'events',
      receipt,
      '--preset',
      'xes',
      '--workspace',
      'city',
      '--data',
      data,
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('8,577 rows read, 8,577 events stored, 0 already stored, 0 rows skipped');
    expect(first.stderr).toMatch(/\[#{30}\] 100% 8,577 rows/);
    const again = await safar(
      'import',
      'events',
      receipt,
      '--preset',
      'xes',
      '--workspace',
      'city',
      '--data',
      data,
    );
    expect(again.stdout).toContain('0 events stored, 8,577 already stored');

    const csv = join(dir, 'orders.csv');
    writeFileSync(
      csv,
      'time,type,customer\n2026-11-01T10:00:00Z,Order Completed,c1\nlater,Order Completed,c2\n',
    );
    const mapped = await safar(
      'import',
      'events',
      csv,
      '--map',
      'event=type,timestamp=time,userId=customer',
      '--workspace',
      'city',
      '--data',
      data,
    );
    expect(mapped.stdout).toContain('1 events stored');
    expect(mapped.stdout).toContain('line 3: column "time" (timestamp) is not a date-time');

    const unmapped = await safar('import', 'events', csv, '--workspace', 'city', '--data', data);
    expect(unmapped.code).toBe(1);
    expect(unmapped.stderr).toContain('needs a column mapping');
    const badPair = await safar('import', 'events', csv, '--map', 'colour=type', '--data', data);
    expect(badPair.code).not.toBe(0);
    expect(badPair.stderr).toContain('expected field=column pairs');
  }, 120_000);

  it('runs a funnel spec from a file against the demo events', async () => {
    const data = join(dir, 'data');
    expect((await safar('demo', '--no-serve', '--data', data, '--events', '10000')).code).toBe(0);
    const spec = join(dir, 'funnel.json');
    writeFileSync(
      spec,
      JSON.stringify({
        kind: 'funnel',
        dateRange: { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' },
        steps: [
          { kind: 'touchpoint', touchpointId: 'tp-website-product-page' },
          { kind: 'event', matcher: { event: 'Order Completed' }, label: 'Bought' },
        ],
      }),
    );
    const table = await safar('query', spec, '--data', data);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^ 1\. .+ +[\d,]+ +100\.0% of first/m);
    expect(table.stdout).toMatch(/^ 2\. Bought +[\d,]+ +\d+\.\d% of first .* median /m);
    const json = await safar('query', spec, '--data', data, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({
      steps: [{ conversionFromFirst: 1 }, { label: 'Bought' }],
    });

    writeFileSync(
      spec,
      JSON.stringify({
        kind: 'funnel',
        dateRange: { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' },
        steps: [],
      }),
    );
    const refused = await safar('query', spec, '--data', data);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('steps: a funnel needs at least one step');
    // Four CLI processes, one seeding the demo: more than the default 30 s on a busy machine.
  }, 120_000);
});
