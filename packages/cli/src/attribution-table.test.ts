import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attributionTable } from './attribution-table.js';
import { runCli } from './run-cli.js';

async function safar(...args: string[]) {
  const output = { stdout: '', stderr: '' };
  const code = await runCli(['node', 'safar', ...args], {
    out: (text) => void (output.stdout += text),
    err: (text) => void (output.stderr += text),
  });
  return { code, ...output };
}

describe('safar query with an attribution spec', () => {
  it('prints one line per key with its credits per model, and the conversions', () => {
    const table = attributionTable({
      conversions: 1500,
      rows: [
        { key: 'email', label: 'email', conversionsTouched: 1200, credits: { linear: 900.25, markov: 1000 } },
        { key: '(none)', label: '(none)', conversionsTouched: 300, credits: { linear: 300, markov: 300 } },
      ],
    });
    expect(table.split('\n')).toEqual([
      `channel / touchpoint${' '.repeat(8)}    linear    markov   touched`,
      `email${' '.repeat(23)}     900.3    1000.0     1,200`,
      `(none)${' '.repeat(22)}     300.0     300.0       300`,
      '1,500 conversions',
      '',
    ]);
    expect(attributionTable({ conversions: 0, rows: [] })).toBe('0 conversions\n');
  });

  describe('against the demo events', () => {
    let dir: string;
    const data = () => join(dir, 'data');
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'safar-attribution-'));
      delete process.env['DATABASE_URL'];
      delete process.env['CLICKHOUSE_URL'];
      const demo = await safar('demo', '--no-serve', '--data', data(), '--events', '10000');
      expect(demo.code, demo.stderr).toBe(0);
    }, 120_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('runs the spec from a file and refuses a bad one naming the field', async () => {
      const spec = join(dir, 'attribution.json');
      const attribution = {
        kind: 'attribution',
        dateRange: { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' },
        conversion: { kind: 'event', matcher: { event: 'Order Completed' } },
        lookback: { value: 14, unit: 'day' },
      };
      writeFileSync(spec, JSON.stringify(attribution));
      const table = await safar('query', spec, '--data', data());
      expect(table.code, table.stderr).toBe(0);
      expect(table.stdout).toMatch(
        /^channel \/ touchpoint +first +last +linear +decay +position +markov +touched$/m,
      );
      expect(table.stdout).toMatch(/^[a-z]+ +(\d+\.\d +){6}[\d,]+$/m);
      expect(table.stdout).toMatch(/^[\d,]+ conversions$/m);
      const json = await safar('query', spec, '--data', data(), '--json');
      expect(JSON.parse(json.stdout)).toMatchObject({
        conversions: expect.any(Number),
        rows: expect.arrayContaining([
          expect.objectContaining({ credits: expect.objectContaining({ markov: expect.any(Number) }) }),
        ]),
      });

      writeFileSync(spec, JSON.stringify({ ...attribution, halfLife: { value: 0, unit: 'day' } }));
      const refused = await safar('query', spec, '--data', data());
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('halfLife.value: must be more than 0');
    }, 60_000);
  });
});
