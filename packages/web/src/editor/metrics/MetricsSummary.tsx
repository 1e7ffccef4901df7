import type { MapMetrics } from '@safar/core';
import { useT } from '../../i18n/useT';
import { useMetricFormat } from './useMetricFormat';

/** Touchpoints per journey against the map's expected number, and the journey's conversion. */
export function MetricsSummary({ metrics }: { metrics: MapMetrics }) {
  const t = useT();
  const format = useMetricFormat();
  const perJourney = metrics.touchpointsPerJourney;
  return (
    <div className="metrics-summary" data-testid="metrics-summary">
      {perJourney && perJourney.median !== null && perJourney.average !== null ? (
        <div
          data-testid="touchpoints-per-journey"
          data-median={perJourney.median}
          data-expected={perJourney.expected}
        >
          <h3>{t('metrics.perJourney')}</h3>
          <p>
            {t('metrics.perJourneyMedian', {
              median: perJourney.median,
              average: format.decimal(perJourney.average),
              expected: perJourney.expected,
            })}
          </p>
          <p className="muted">
            {t('metrics.perJourneyBuckets', {
              journeys: perJourney.journeys,
              fewer: perJourney.fewer,
              equal: perJourney.equal,
              more: perJourney.more,
            })}
          </p>
          {perJourney.fewer > perJourney.equal + perJourney.more ? (
            <p className="muted">{t('metrics.perJourneyFewerHint')}</p>
          ) : null}
        </div>
      ) : null}
      {metrics.friction ? (
        <div data-testid="journey-conversion">
          <h3>{t('metrics.conversion')}</h3>
          <p>
            {t('metrics.conversionRate', {
              label: metrics.friction.conversionLabel,
              rate: format.share(metrics.friction.conversionRate),
              persons: metrics.friction.persons,
            })}
          </p>
        </div>
      ) : null}
    </div>
  );
}
