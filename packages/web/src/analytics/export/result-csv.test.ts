import { describe, expect, it } from 'vitest';
import type { AnalyticsRun } from '../analytics-api';
import { defaultDrafts } from '../analytics-kinds';
import type { FunnelStepResult } from '../analytics-results';
import { resultCsvRows, type Translate } from './result-csv';

const RANGE = { from: '2026-08-26T00:00:00.000Z', to: '2026-11-24T00:00:00.000Z' };
const drafts = defaultDrafts(RANGE);
/** Keys as headers, with their values, so the tests see what is asked for. */
const t: Translate = (key, values) => (values ? `${key}${JSON.stringify(values)}` : key);
const group = (value: string | null) => value ?? '(none)';

const step = (label: string, persons: number, medianMs: number | null): FunnelStepResult => ({
  label,
  persons,
  conversionFromFirst: persons / 200,
  conversionFromPrevious: 0.5,
  droppedOff: 200 - persons,
  timeToConvert: medianMs === null ? null : { averageMs: medianMs * 2, medianMs, histogram: [] },
});

describe('result tables for CSV', () => {
  it('list the funnel for everyone, then each breakdown group, times in seconds', () => {
    const run: AnalyticsRun = {
      kind: 'funnel',
      spec: drafts.funnel,
      result: {
        steps: [step('page /cart', 200, null), step('Order Completed', 100, 90_400)],
        breakdown: [
          { value: null, steps: [step('page /cart', 50, null), step('Order Completed', 10, 1_000)] },
        ],
      },
    };
    const rows = resultCsvRows(run, t, group);
    expect(rows[0]).toEqual([
      'analytics.csv.group',
      'analytics.csv.step',
      'analytics.csv.label',
      'analytics.csv.persons',
      'analytics.csv.conversionFromFirst',
      'analytics.csv.conversionFromPrevious',
      'analytics.csv.droppedOff',
      'analytics.csv.medianSeconds',
      'analytics.csv.averageSeconds',
    ]);
    expect(rows.slice(1)).toEqual([
      ['analytics.funnel.everyone', 1, 'page /cart', 200, 1, 0.5, 0, null, null],
      ['analytics.funnel.everyone', 2, 'Order Completed', 100, 0.5, 0.5, 100, 90, 181],
      ['(none)', 1, 'page /cart', 50, 0.25, 0.5, 150, null, null],
      ['(none)', 2, 'Order Completed', 10, 0.05, 0.5, 190, 1, 2],
    ]);
  });

  it('give retention two columns per period: who came back and their share', () => {
    const run: AnalyticsRun = {
      kind: 'retention',
      spec: { ...drafts.retention, periods: 2 },
      result: {
        cohorts: [{ cohort: '2026-11-02T00:00:00.000Z', persons: 40, returned: [10, 4], rates: [0.25, 0.1] }],
      },
    };
    expect(resultCsvRows(run, t, group)).toEqual([
      [
        'analytics.csv.cohort',
        'analytics.csv.persons',
        'analytics.csv.periodReturned{"n":1}',
        'analytics.csv.periodShare{"n":1}',
        'analytics.csv.periodReturned{"n":2}',
        'analytics.csv.periodShare{"n":2}',
      ],
      ['2026-11-02', 40, 10, 0.25, 4, 0.1],
    ]);
  });

  it('give attribution a column per model asked for, and paths one row per move', () => {
    const attribution: AnalyticsRun = {
      kind: 'attribution',
      spec: { ...drafts.attribution, models: ['first_touch', 'markov'] },
      result: {
        conversions: 3,
        rows: [
          { key: 'web', label: 'web', conversionsTouched: 3, credits: { first_touch: 2, markov: 1 / 3 } },
        ],
      },
    };
    const rows = resultCsvRows(attribution, t, group);
    expect(rows[0]?.slice(3)).toEqual([
      'analytics.attribution.model.first_touch',
      'analytics.attribution.model.markov',
    ]);
    expect(rows[1]).toEqual(['web', 'web', 3, 2, 0.333333]);
    const paths: AnalyticsRun = {
      kind: 'paths',
      spec: drafts.paths,
      result: { edges: [{ level: 0, source: 'page /', target: 'page /cart', persons: 7 }] },
    };
    expect(resultCsvRows(paths, t, group)[1]).toEqual([1, 'page /', 'page /cart', 7]);
  });

  it('rank friction items and name their kind', () => {
    const run: AnalyticsRun = {
      kind: 'friction',
      spec: drafts.friction,
      result: {
        persons: 10,
        convertedPersons: 4,
        conversionRate: 0.4,
        items: [
          {
            kind: 'error',
            index: 0,
            label: '404',
            persons: 5,
            convertedPersons: 1,
            conversionRate: 0.2,
            unaffectedConversionRate: null,
            conversionLost: 0,
          },
        ],
      },
    };
    expect(resultCsvRows(run, t, group)[1]).toEqual([
      1,
      'analytics.friction.kind.error',
      '404',
      5,
      1,
      0.2,
      null,
      0,
    ]);
  });
});
