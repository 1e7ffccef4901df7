import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_LOOKUP_IDS } from '@safar/core';
import type { PersonDetail } from '../api/persons';

const api = vi.hoisted(() => ({
  drillDownPersons: vi.fn(),
  lookupPersons: vi.fn(),
}));
vi.mock('../api/persons', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  ...api,
}));

const { drillDownCsv } = await import('./export-persons');
const { EXPORT_PAGE } = await import('./drill-down-paging');

const detail = (id: string): PersonDetail => ({
  personId: id,
  ids: [id],
  traits: { name: `Name ${id}` },
  firstSeen: '2026-10-01T00:00:00.000Z',
  lastSeen: '2026-10-02T00:00:00.000Z',
  eventCount: 3,
  channels: ['web'],
  channelCounts: { web: 3 },
});

describe('drillDownCsv', () => {
  beforeEach(() => {
    api.drillDownPersons.mockReset();
    api.lookupPersons.mockReset();
    api.lookupPersons.mockImplementation(async (_ws: string, ids: string[]) =>
      ids.map((id) => ({ id, person: detail(id) })),
    );
  });

  it('writes every person behind the number, page after page, with progress', async () => {
    const everyone = Array.from(
      { length: EXPORT_PAGE + 1500 },
      (_, index) => `p${String(index).padStart(6, '0')}`,
    );
    api.drillDownPersons.mockImplementation(
      async (_ws: string, _kind: string, page: { limit: number; offset: number }) => ({
        personIds: everyone.slice(page.offset, page.offset + page.limit),
        total: everyone.length,
      }),
    );
    const progress: number[] = [];
    const { csv, exported } = await drillDownCsv(
      'ws',
      'funnel',
      { query: {}, select: {} },
      ['Id', 'Name'],
      (done, total) => {
        expect(total).toBe(everyone.length);
        progress.push(done);
      },
    );
    expect(exported).toBe(everyone.length);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Id,Name');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(everyone);
    expect(api.drillDownPersons.mock.calls.map((call) => call[2].offset)).toEqual([0, EXPORT_PAGE]);
    expect(Math.max(...api.lookupPersons.mock.calls.map((call) => call[1].length))).toBeLessThanOrEqual(
      MAX_LOOKUP_IDS,
    );
    expect(progress.at(-1)).toBe(everyone.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('writes a person met on two pages once, and stops when a page comes back empty', async () => {
    const pages = [
      { personIds: ['a', 'b'], total: 5 },
      { personIds: ['b', 'c'], total: 5 },
      { personIds: [], total: 5 },
    ];
    api.drillDownPersons.mockImplementation(async () => pages.shift());
    const { csv, exported } = await drillDownCsv('ws', 'paths', { query: {}, select: {} }, ['Id']);
    expect(exported).toBe(3);
    expect(
      csv
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n')
        .slice(1)
        .map((line) => line.split(',')[0]),
    ).toEqual(['a', 'b', 'c']);
    expect(api.drillDownPersons).toHaveBeenCalledTimes(3);
  });

  it('keeps an id nobody has as a row of its own', async () => {
    api.drillDownPersons.mockResolvedValue({ personIds: ['gone'], total: 1 });
    api.lookupPersons.mockResolvedValue([{ id: 'gone', person: null }]);
    const { csv } = await drillDownCsv('ws', 'funnel', { query: {}, select: {} }, ['Id', 'Name']);
    expect(
      csv
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n')[1],
    ).toMatch(/^gone,/);
  });
});
