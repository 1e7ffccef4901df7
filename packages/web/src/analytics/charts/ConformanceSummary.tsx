import { CONFORMANCE_DEVIATIONS, TOUCH_COUNT_BUCKETS } from '@safar/core';
import { useT } from '../../i18n/useT';
import type { ConformanceResult } from '../analytics-results';
import { PersonsButton } from '../drill';
import { useAnalyticsFormat } from '../useAnalyticsFormat';

/**
 * Conformance in numbers: journeys, the share that fit the designed order and that complete it,
 * each deviation with the journeys that made it, and journeys with fewer, as many or more
 * touches than designed. Every journey count opens the persons who made such journeys.
 */
export function ConformanceSummary({ result }: { result: ConformanceResult }) {
  const t = useT();
  const format = useAnalyticsFormat();
  const count = result.touchpointCount;
  return (
    <div className="conformance-summary" data-testid="conformance-summary">
      <dl className="analytics-stats">
        <div>
          <dt>{t('analytics.conformance.journeys')}</dt>
          <dd>
            <PersonsButton
              persons={result.journeys}
              select={{ kind: 'journeys' }}
              title={t('analytics.conformance.journeys')}
            >
              {format.count(result.journeys)}
            </PersonsButton>
          </dd>
        </div>
        <div>
          <dt>{t('analytics.conformance.fitShare')}</dt>
          <dd>
            <span className="stat-share">{format.share(result.fitShare)}</span>{' '}
            <PersonsButton
              persons={result.fitting}
              select={{ kind: 'fitting' }}
              title={t('analytics.conformance.fitting')}
            >
              {t('analytics.conformance.journeysCount', { journeys: result.fitting })}
            </PersonsButton>
          </dd>
        </div>
        <div>
          <dt>{t('analytics.conformance.completeShare')}</dt>
          <dd>
            <span className="stat-share">{format.share(result.completeShare)}</span>{' '}
            <PersonsButton
              persons={result.complete}
              select={{ kind: 'complete' }}
              title={t('analytics.conformance.complete')}
            >
              {t('analytics.conformance.journeysCount', { journeys: result.complete })}
            </PersonsButton>
          </dd>
        </div>
      </dl>
      <h3>{t('analytics.conformance.deviations')}</h3>
      <ul className="deviation-list">
        {CONFORMANCE_DEVIATIONS.map((deviation) => {
          const { journeys, occurrences } = result.deviations[deviation];
          const name = t(`analytics.conformance.deviation.${deviation}`);
          return (
            <li key={deviation} data-testid="deviation" data-deviation={deviation}>
              <span>{name}</span>
              <PersonsButton persons={journeys} select={{ kind: 'deviation', deviation }} title={name}>
                {t('analytics.conformance.journeysCount', { journeys })}
              </PersonsButton>
              <span className="muted">{t('analytics.conformance.occurrences', { occurrences })}</span>
            </li>
          );
        })}
      </ul>
      <p className="touch-buckets">
        {t('analytics.conformance.expected', {
          expected: count.expected,
          median: count.median === null ? '–' : format.count(count.median),
          average: count.average === null ? '–' : format.decimal(count.average),
        })}
      </p>
      <ul className="bucket-list">
        {TOUCH_COUNT_BUCKETS.map((bucket) => (
          <li key={bucket}>
            <span>{t(`analytics.conformance.bucket.${bucket}`)}</span>
            <PersonsButton
              persons={count[bucket]}
              select={{ kind: 'touches', bucket }}
              title={t(`analytics.conformance.bucket.${bucket}`)}
            >
              {t('analytics.conformance.journeysCount', { journeys: count[bucket] })}
            </PersonsButton>
          </li>
        ))}
      </ul>
    </div>
  );
}
