import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import type { MapEditor } from '../useMapEditor';
import { FlowPanel } from './FlowPanel';
import { lastDayOf, RANGE_PRESETS } from './living-map-range';
import { useMapMetrics } from './MapMetricsContext';
import { MetricsSummary } from './MetricsSummary';
import { UnmappedEventsPanel } from './UnmappedEventsPanel';
import './living-map.css';

/** The living map's switch and scope in the map header: on or off, which days, which persona. */
export function MetricsControls({ editor, workspaceId }: { editor: MapEditor; workspaceId: string }) {
  const t = useT();
  const format = useFormat();
  const state = useMapMetrics();
  const personas = useQuery({
    queryKey: ['personas', workspaceId],
    queryFn: () => api.personas(workspaceId),
    enabled: state?.enabled ?? false,
  });
  if (!state) return null;
  return (
    <section className="living-map" aria-label={t('metrics.section')} data-testid="living-map">
      <div className="living-map-controls">
        <button
          type="button"
          aria-pressed={state.enabled}
          data-testid="metrics-toggle"
          onClick={() => state.setEnabled(!state.enabled)}
        >
          {state.enabled ? t('metrics.hide') : t('metrics.show')}
        </button>
        {state.enabled ? (
          <>
            <label>
              {t('metrics.range')}
              <select
                value={state.days}
                data-testid="metrics-range"
                onChange={(event) =>
                  state.setDays(RANGE_PRESETS.find((days) => String(days) === event.target.value) ?? 90)
                }
              >
                {RANGE_PRESETS.map((days) => (
                  <option key={days} value={days}>
                    {t('metrics.lastDays', { days })}
                  </option>
                ))}
              </select>
            </label>
            <span className="muted" data-testid="metrics-range-dates">
              {t('metrics.rangeDates', {
                from: format.date(state.range.from),
                to: format.date(lastDayOf(state.range)),
              })}
            </span>
            <label>
              {t('metrics.persona')}
              <select
                value={state.personaId ?? ''}
                data-testid="metrics-persona"
                onChange={(event) => state.setPersonaId(event.target.value || null)}
              >
                <option value="">{t('metrics.allPersonas')}</option>
                {personas.data?.items.map(({ persona }) => (
                  <option key={persona.id} value={persona.id}>
                    {persona.name}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              aria-pressed={state.flowShown}
              data-testid="flow-toggle"
              onClick={() => state.setFlowShown(!state.flowShown)}
            >
              {state.flowShown ? t('metrics.flowHide') : t('metrics.flowShow')}
            </button>
            <span role="status" className="muted" data-testid="metrics-status">
              {state.freshness ? (
                <span
                  data-testid="metrics-as-of"
                  data-as-of={state.freshness.asOf}
                  data-stale={state.freshness.stale}
                >
                  {t(state.freshness.stale ? 'metrics.asOfUpdating' : 'metrics.asOf', {
                    time: format.dateTime(state.freshness.asOf),
                  })}
                </span>
              ) : state.loading ? (
                t('metrics.measuring')
              ) : (
                ''
              )}
            </span>
          </>
        ) : null}
      </div>
      {state.error ? (
        <p className="error" role="alert">
          {t('metrics.failed', { reason: state.error })}
        </p>
      ) : null}
      {state.metrics ? (
        <div className="living-map-panels">
          <MetricsSummary metrics={state.metrics} />
          <UnmappedEventsPanel editor={editor} workspaceId={workspaceId} unmapped={state.metrics.unmapped} />
          {state.flowShown ? <FlowPanel map={editor.map} flow={state.metrics.flow} /> : null}
        </div>
      ) : null}
    </section>
  );
}
