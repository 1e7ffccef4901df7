import { useT } from '../../i18n/useT';
import { useMapMetrics } from './MapMetricsContext';
import { useMetricFormat } from './useMetricFormat';

/**
 * Friction on a step (error events placed there, and leaving after them), with the persons
 * affected; the marker's title explains each item.
 */
export function FrictionMarker({ stepId }: { stepId: string }) {
  const t = useT();
  const format = useMetricFormat();
  const friction = useMapMetrics()?.metrics?.friction;
  const items = friction?.items.filter((item) => item.stepId === stepId && item.persons > 0) ?? [];
  const [worst] = [...items].sort((a, b) => b.persons - a.persons);
  if (!friction || !worst) return null;
  const details = items.map((item) =>
    t(`metrics.friction.${item.kind}`, {
      label: item.label,
      persons: item.persons,
      rate: format.share(item.conversionRate),
    }),
  );
  return (
    <span
      className="badge friction-marker"
      data-testid="friction-marker"
      data-step-id={stepId}
      data-persons={worst.persons}
      title={details.join('\n')}
    >
      <span aria-hidden="true">{WARNING}</span> {t('metrics.frictionMarker', { persons: worst.persons })}
      <span className="visually-hidden">{details.join('. ')}</span>
    </span>
  );
}

const WARNING = '⚠';
