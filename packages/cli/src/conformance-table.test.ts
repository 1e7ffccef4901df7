import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conformanceTable } from './conformance-table.js';
import { runCli } from './run-cli.js';

async function safar(...args: string[]) {
  const output = { stdout: '', stderr: '' };
  const code = await runCli(['node', 'safar', ...args], {
    out: (text) => void (output.stdout += text),
    err: (text) => void (output.stderr += text),
  });
  return { code, ...output };
}

describe('safar query with a conformance spec', () => {
  it('prints the fit, the deviations, the touches per journey and the top moves', () => {
    const none = { journeys: 0, occurrences: 0 };
    const table = conformanceTable(
      {
        steps: ['Browse', 'Pay'],
        journeys: 1200,
        fitting: 300,
        fitShare: 0.25,
        complete: 120,
        completeShare: 0.1,
        deviations: {
          skipped: { journeys: 400, occurrences: 1500 },
          outOfOrder: none,
          loops: none,
          unmapped: none,
        },
        edges: [
          { source: '(start)', target: 1, journeys: 900, occurrences: 900, designed: true },
          { source: 1, target: '(end)', journeys: 500, occurrences: 500, designed: false },
          { source: 2, target: '(end)', journeys: 120, occurrences: 120, designed: true },
        ],
        touchpointCount: {
          expected: 2,
          fewer: 600,
          equal: 500,
          more: 100,
          average: 1.5,
          median: 1,
          histogram: [],
        },
      },
      2,
    );
    expect(table.split('\n')).toEqual([
      '1,200 journeys; 300 fit the designed order (25.0%), 120 of them to the last step (10.0%)',
      'Deviations           journeys  occurrences',
      '  skipped steps            400        1,500',
      '  out of order               0            0',
      '  loops                      0            0',
      '  unmapped events            0            0',
      'Touchpoints per journey: 2 designed; average 1.5, median 1',
      '  fewer 600 (50.0%)  as designed 500 (41.7%)  more 100 (8.3%)',
      `Most frequent moves${' '.repeat(46)}journeys     times`,
      `  1. ${'(start) -> 1. Browse'.padEnd(60)}       900       900  designed`,
      `  2. ${'1. Browse -> (end)'.padEnd(60)}       500       500`,
      '',
    ]);
  });

  describe('against the demo events', () => {
    let dir: string;
    const data = () => join(dir, 'data');
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'safar-conformance-'));
      delete process.env['DATABASE_URL'];
      delete process.env['CLICKHOUSE_URL'];
      const demo = await safar('demo', '--no-serve', '--data', data(), '--events', '10000');
      expect(demo.code, demo.stderr).toBe(0);
    }, 120_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("runs a map's conformance from a file and refuses a bad spec naming the field", async () => {
      const spec = join(dir, 'conformance.json');
      const dateRange = { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' };
      writeFileSync(
        spec,
        JSON.stringify({ kind: 'conformance', dateRange, mapId: 'demo-ecommerce-purchase' }),
      );
      const table = await safar('query', spec, '--data', data());
      expect(table.code, table.stderr).toBe(0);
      expect(table.stdout).toMatch(/^[\d,]+ journeys; [\d,]+ fit the designed order \(\d+\.\d%\)/);
      expect(table.stdout).toMatch(/^Touchpoints per journey: \d+ designed/m);
      expect(table.stdout).toMatch(/^ {2}1\. .+ -> .+ +[\d,]+ +[\d,]+/m);
      const json = await safar('query', spec, '--data', data(), '--json');
      expect(JSON.parse(json.stdout)).toMatchObject({
        journeys: expect.any(Number),
        edges: expect.any(Array),
      });

      writeFileSync(spec, JSON.stringify({ kind: 'conformance', dateRange }));
      const refused = await safar('query', spec, '--data', data());
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('mapId: give either mapId');
    });
  });
});
