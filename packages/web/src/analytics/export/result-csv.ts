import { CONFORMANCE_DEVIATIONS } from '@safar/core';
import type { MessageKey } from '../../i18n/locales';
import type { AnalyticsRun } from '../analytics-api';
import type { FunnelStepResult } from '../analytics-results';
import type { CsvValue } from '../../export/csv';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

type Rows = CsvValue[][];
const seconds = (ms: number | undefined) => (ms === undefined ? null : Math.round(ms / 1000));
const round = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(value * 1e6) / 1e6;

function funnelRows(
  run: Extract<AnalyticsRun, { kind: 'funnel' }>,
  t: Translate,
  group: (value: string | null) => string,
): Rows {
  const stepRows = (name: string, steps: readonly FunnelStepResult[]) =>
    steps.map((step, index): CsvValue[] => [
      name,
      index + 1,
      step.label,
      step.persons,
      round(step.conversionFromFirst),
      round(step.conversionFromPrevious),
      step.droppedOff,
      seconds(step.timeToConvert?.medianMs),
      seconds(step.timeToConvert?.averageMs),
    ]);
  return [
    [
      t('analytics.csv.group'),
      t('analytics.csv.step'),
      t('analytics.csv.label'),
      t('analytics.csv.persons'),
      t('analytics.csv.conversionFromFirst'),
      t('analytics.csv.conversionFromPrevious'),
      t('analytics.csv.droppedOff'),
      t('analytics.csv.medianSeconds'),
      t('analytics.csv.averageSeconds'),
    ],
    ...stepRows(t('analytics.funnel.everyone'), run.result.steps),
    ...run.result.breakdown.flatMap((entry) => stepRows(group(entry.value), entry.steps)),
  ];
}

function retentionRows(run: Extract<AnalyticsRun, { kind: 'retention' }>, t: Translate): Rows {
  const periods = Array.from({ length: run.spec.periods }, (_, index) => index + 1);
  return [
    [
      t('analytics.csv.cohort'),
      t('analytics.csv.persons'),
      ...periods.flatMap((n) => [
        t('analytics.csv.periodReturned', { n }),
        t('analytics.csv.periodShare', { n }),
      ]),
    ],
    ...run.result.cohorts.map((cohort): CsvValue[] => [
      cohort.cohort.slice(0, 10),
      cohort.persons,
      ...periods.flatMap((n) => [cohort.returned[n - 1] ?? 0, round(cohort.rates[n - 1] ?? 0)]),
    ]),
  ];
}

function conformanceRows(run: Extract<AnalyticsRun, { kind: 'conformance' }>, t: Translate): Rows {
  const { result } = run;
  const count = result.touchpointCount;
  return [
    [t('analytics.csv.measure'), t('analytics.csv.journeys'), t('analytics.csv.occurrencesOrShare')],
    [t('analytics.conformance.journeys'), result.journeys, null],
    [t('analytics.conformance.fitting'), result.fitting, round(result.fitShare)],
    [t('analytics.conformance.complete'), result.complete, round(result.completeShare)],
    ...CONFORMANCE_DEVIATIONS.map((deviation): CsvValue[] => [
      t(`analytics.conformance.deviation.${deviation}`),
      result.deviations[deviation].journeys,
      result.deviations[deviation].occurrences,
    ]),
    [t('analytics.conformance.bucket.fewer'), count.fewer, null],
    [t('analytics.conformance.bucket.equal'), count.equal, null],
    [t('analytics.conformance.bucket.more'), count.more, null],
    ...count.histogram.map((bucket): CsvValue[] => [
      t('analytics.csv.touches', { touches: bucket.touches }),
      bucket.journeys,
      null,
    ]),
  ];
}

/**
 * The result of a query as the table a CSV export holds: a header row, then raw numbers (shares
 * as fractions, times in seconds) so a spreadsheet can compute with them.
 */
export function resultCsvRows(
  run: AnalyticsRun,
  t: Translate,
  group: (value: string | null) => string,
): Rows {
  switch (run.kind) {
    case 'funnel':
      return funnelRows(run, t, group);
    case 'paths':
      return [
        [t('analytics.csv.step'), t('analytics.csv.from'), t('analytics.csv.to'), t('analytics.csv.persons')],
        ...run.result.edges.map((edge): CsvValue[] => [
          edge.level + 1,
          edge.source,
          edge.target,
          edge.persons,
        ]),
      ];
    case 'retention':
      return retentionRows(run, t);
    case 'attribution':
      return [
        [
          t('analytics.csv.key'),
          t('analytics.csv.label'),
          t('analytics.csv.conversionsTouched'),
          ...run.spec.models.map((model) => t(`analytics.attribution.model.${model}`)),
        ],
        ...run.result.rows.map((row): CsvValue[] => [
          row.key,
          row.label,
          row.conversionsTouched,
          ...run.spec.models.map((model) => round(row.credits[model])),
        ]),
      ];
    case 'friction':
      return [
        [
          t('analytics.csv.rank'),
          t('analytics.csv.kind'),
          t('analytics.csv.label'),
          t('analytics.csv.persons'),
          t('analytics.csv.converted'),
          t('analytics.csv.conversionRate'),
          t('analytics.csv.unaffectedRate'),
          t('analytics.csv.conversionLost'),
        ],
        ...run.result.items.map((item, index): CsvValue[] => [
          index + 1,
          t(`analytics.friction.kind.${item.kind}`),
          item.label,
          item.persons,
          item.convertedPersons,
          round(item.conversionRate),
          round(item.unaffectedConversionRate),
          round(item.conversionLost),
        ]),
      ];
    case 'conformance':
      return conformanceRows(run, t);
  }
}
