import { EVENT_CHANNELS, type EventChannel } from '@safar/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { rangeOfDays as lastDays, RANGE_PRESETS } from '../../editor/metrics/living-map-range';
import { useT } from '../../i18n/useT';
import type { AnalyticsSpec } from '../analytics-kinds';
import { useAnalyticsFormat } from '../useAnalyticsFormat';
import { daysOfRange, rangeOfDays } from './date-range';
import { FiltersField } from './FiltersField';

type Scope = Pick<AnalyticsSpec, 'dateRange' | 'personaIds' | 'channels' | 'eventFilters' | 'personFilters'>;

const toggle = <T,>(list: readonly T[], value: T, on: boolean) =>
  on ? [...list.filter((other) => other !== value), value] : list.filter((other) => other !== value);

/** What every query narrows by: the days, personas, channels and property filters. */
export function ScopeFields({
  workspaceId,
  scope,
  onChange,
}: {
  workspaceId: string;
  scope: Scope;
  onChange: (scope: Partial<Scope>) => void;
}) {
  const t = useT();
  const format = useAnalyticsFormat();
  const personas = useQuery({
    queryKey: ['personas', workspaceId],
    queryFn: () => api.personas(workspaceId),
  });
  const days = daysOfRange(scope.dateRange);
  const setDays = (first: string, last: string) => {
    const range = rangeOfDays(first, last);
    if (range) onChange({ dateRange: range });
  };
  return (
    <div className="analytics-scope">
      <div className="inline-fields">
        <label className="analytics-field">
          <span>{t('analytics.scope.from')}</span>
          <input
            type="date"
            value={days.first}
            data-testid="scope-from"
            onChange={(event) => setDays(event.target.value, days.last)}
          />
        </label>
        <label className="analytics-field">
          <span>{t('analytics.scope.to')}</span>
          <input
            type="date"
            value={days.last}
            data-testid="scope-to"
            onChange={(event) => setDays(days.first, event.target.value)}
          />
        </label>
        <label className="analytics-field">
          <span>{t('analytics.scope.preset')}</span>
          <select
            value=""
            onChange={(event) => {
              const preset = RANGE_PRESETS.find((count) => String(count) === event.target.value);
              if (preset) onChange({ dateRange: lastDays(preset) });
            }}
          >
            <option value="">{t('analytics.scope.choosePreset')}</option>
            {RANGE_PRESETS.map((count) => (
              <option key={count} value={count}>
                {t('metrics.lastDays', { days: count })}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" data-testid="scope-dates">
          {t('metrics.rangeDates', {
            from: format.day(scope.dateRange.from),
            to: format.day(Date.parse(scope.dateRange.to) - 1),
          })}
        </span>
      </div>
      <fieldset className="analytics-fieldset" data-testid="scope-personas">
        <legend>{t('analytics.scope.personas')}</legend>
        {personas.data?.items.length ? null : (
          <span className="muted">{t('analytics.scope.noPersonas')}</span>
        )}
        {personas.data?.items.map(({ persona }) => (
          <label key={persona.id} className="check">
            <input
              type="checkbox"
              checked={scope.personaIds.includes(persona.id)}
              onChange={(event) =>
                onChange({ personaIds: toggle(scope.personaIds, persona.id, event.target.checked) })
              }
            />
            {persona.name}
          </label>
        ))}
      </fieldset>
      <details className="analytics-more">
        <summary>{t('analytics.scope.more')}</summary>
        <fieldset className="analytics-fieldset">
          <legend>{t('analytics.scope.channels')}</legend>
          {EVENT_CHANNELS.map((channel: EventChannel) => (
            <label key={channel} className="check">
              <input
                type="checkbox"
                checked={scope.channels.includes(channel)}
                onChange={(event) =>
                  onChange({ channels: toggle(scope.channels, channel, event.target.checked) })
                }
              />
              {t(`analytics.channel.${channel}`)}
            </label>
          ))}
        </fieldset>
        <FiltersField
          legend={t('analytics.scope.eventFilters')}
          filters={scope.eventFilters}
          onChange={(eventFilters) => onChange({ eventFilters })}
        />
        <FiltersField
          legend={t('analytics.scope.personFilters')}
          filters={scope.personFilters}
          onChange={(personFilters) => onChange({ personFilters })}
        />
      </details>
    </div>
  );
}
