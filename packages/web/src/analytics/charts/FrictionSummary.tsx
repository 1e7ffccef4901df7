import { useT } from '../../i18n/useT';
import type { FrictionResult } from '../analytics-results';
import { useAnalyticsFormat } from '../useAnalyticsFormat';

/** The journey friction is measured on: its persons and how many of them converted. */
export function FrictionSummary({ result }: { result: FrictionResult }) {
  const t = useT();
  const format = useAnalyticsFormat();
  return (
    <p className="friction-summary" data-testid="friction-summary">
      {t('analytics.friction.summary', {
        persons: result.persons,
        converted: result.convertedPersons,
        rate: format.share(result.conversionRate),
      })}
    </p>
  );
}
