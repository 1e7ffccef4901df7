import { useT } from '../../i18n/useT';
import { useMapMetrics } from './MapMetricsContext';

/** Persons and events of one touchpoint in the chosen scope, drawn on its chip. */
export function TouchpointVolume({ touchpointId }: { touchpointId: string }) {
  const t = useT();
  const volume = useMapMetrics()?.metrics?.touchpoints.find((entry) => entry.touchpointId === touchpointId);
  if (!volume) return null;
  return (
    <span
      className={`touchpoint-volume${volume.persons === 0 ? ' silent' : ''}`}
      dir="auto"
      data-testid="touchpoint-volume"
      data-touchpoint-id={touchpointId}
      data-persons={volume.persons}
      data-events={volume.events}
    >
      {t('metrics.touchpointVolume', { persons: volume.persons, events: volume.events })}
    </span>
  );
}
