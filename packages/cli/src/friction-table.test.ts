import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frictionTable } from './friction-table.js';
import { runCli } from './run-cli.js';

async function safar(...args: string[]) {
  const output = { stdout: '', stderr: '' };
  const code = await runCli(['node', 'safar', ...args], {
    out: (text) => void (output.stdout += text),
    err: (text) => void (output.stderr += text),
  });
  return { code, ...output };
}

describe('safar query with a friction spec', () => {
  it('prints one line per item under a line about the journey', () => {
    const item = { persons: 1234, convertedPersons: 0, conversionRate: 0, unaffectedConversionRate: 0.5 };
    const table = frictionTable({
      persons: 5000,
      convertedPersons: 1000,
      conversionRate: 0.2,
      items: [
        { ...item, kind: 'abandon_after_error', index: 0, label: 'Payment failed', conversionLost: 617 },
        { ...item, kind: 'stall', index: 1, label: 'Checkout → Payment', conversionLost: 0.25 },
      ],
    });
    expect(table.split('\n')).toEqual([
      '5,000 persons in the journey, 20.0% converted',
      ` 1. left after error Payment failed${' '.repeat(26)}     1,234 persons    0.0% converted    617.0 conversions lost`,
      ` 2. stalled          Checkout → Payment${' '.repeat(22)}     1,234 persons    0.0% converted      0.3 conversions lost`,
      '',
    ]);
  });

  describe('against the demo events', () => {
    let dir: string;
    const data = () => join(dir, 'data');
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'safar-friction-'));
      delete process.env['DATABASE_URL'];
      delete process.env['CLICKHOUSE_URL'];
      const demo = await safar('demo', '--no-serve', '--data', data(), '--events', '10000');
      expect(demo.code, demo.stderr).toBe(0);
    }, 120_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('runs the spec from a file and refuses a bad one naming the field', async () => {
      const spec = join(dir, 'friction.json');
      const friction = {
        kind: 'friction',
        dateRange: { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' },
        steps: [
          { kind: 'touchpoint', touchpointId: 'tp-website-product-page' },
          { kind: 'event', matcher: { event: 'Order Completed' }, label: 'Bought' },
        ],
        errors: [{ kind: 'event', matcher: { event: 'Payment Failed' }, label: 'Payment failed' }],
      };
      writeFileSync(spec, JSON.stringify(friction));
      const table = await safar('query', spec, '--data', data());
      expect(table.code, table.stderr).toBe(0);
      expect(table.stdout).toMatch(/^[\d,]+ persons in the journey, \d+\.\d% converted$/m);
      expect(table.stdout).toMatch(
        /^ \d\. error +Payment failed +[\d,]+ persons +\d+\.\d% converted +\d+\.\d conversions lost$/m,
      );
      expect(table.stdout.trim().split('\n')).toHaveLength(5); // the journey, error, abandon, loop, stall
      const json = await safar('query', spec, '--data', data(), '--json');
      expect(JSON.parse(json.stdout)).toMatchObject({
        items: expect.arrayContaining([expect.objectContaining({ kind: 'loop', label: expect.any(String) })]),
      });

      writeFileSync(spec, JSON.stringify({ ...friction, stallAfter: { value: 0, unit: 'hour' } }));
      const refused = await safar('query', spec, '--data', data());
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('stallAfter.value: must be more than 0');
    }, 60_000);
  });
});
