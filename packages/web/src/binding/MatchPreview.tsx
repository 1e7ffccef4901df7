import { eventMatcherSchema, MAP_METRICS_DEFAULT_DAYS, type EventMatcher } from '@safar/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { suggestionsApi } from '../api/suggestions';
import { useMapMetrics } from '../editor/metrics/MapMetricsContext';
import { RANGE_PRESETS, rangeOfDays, type RangeDays } from '../editor/metrics/living-map-range';
import { useT } from '../i18n/useT';
import { useDebounced } from './useDebounced';

type PreviewRange = RangeDays | 'all';

const previewRangeOf = (value: string): PreviewRange =>
  RANGE_PRESETS.find((days) => String(days) === value) ?? 'all';

/**
 * "Matches N events from M customers", live as the matcher changes (debounced): the numbers the
 * living map would show for a touchpoint with this matcher. On a map it starts from the period the
 * living map shows, so the two numbers agree; elsewhere from the map's default period.
 */
export function MatchPreview({
  workspaceId,
  matcher,
}: {
  workspaceId: string;
  matcher: EventMatcher | null;
}) {
  const t = useT();
  const id = useId();
  const mapDays = useMapMetrics()?.days;
  const [range, setRange] = useState<PreviewRange>(mapDays ?? MAP_METRICS_DEFAULT_DAYS);
  const dateRange = useMemo(() => (range === 'all' ? undefined : rangeOfDays(range)), [range]);
  const settled = useDebounced(matcher ? JSON.stringify(matcher) : null, 350);
  const preview = useQuery({
    queryKey: ['match-preview', workspaceId, settled, dateRange],
    queryFn: () =>
      suggestionsApi.matchPreview(workspaceId, {
        matcher: eventMatcherSchema.parse(JSON.parse(settled ?? '{}')),
        ...(dateRange ? { dateRange } : {}),
      }),
    enabled: settled !== null,
    placeholderData: keepPreviousData,
  });
  const waiting = matcher !== null && (settled !== JSON.stringify(matcher) || preview.isFetching);
  const data = matcher === null ? undefined : preview.data;
  const state =
    matcher === null
      ? 'incomplete'
      : preview.error
        ? 'error'
        : !data
          ? 'loading'
          : waiting
            ? 'loading'
            : data.events === 0
              ? 'empty'
              : 'ready';
  return (
    <div
      className="binding-preview wide"
      data-testid="match-preview"
      data-state={state}
      data-busy={waiting}
      data-events={data?.events}
      data-persons={data?.persons}
    >
      <span className="binding-count" role="status" aria-busy={waiting}>
        {matcher === null
          ? t('binding.previewIncomplete')
          : preview.error
            ? t('binding.previewFailed', { message: preview.error.message })
            : data
              ? t('binding.preview', { events: data.events, persons: data.persons })
              : t('binding.counting')}
      </span>
      <label htmlFor={id} className="visually-hidden">
        {t('binding.previewRange')}
      </label>
      <select id={id} value={range} onChange={(event) => setRange(previewRangeOf(event.target.value))}>
        {RANGE_PRESETS.map((days) => (
          <option key={days} value={days}>
            {t('binding.lastDays', { days })}
          </option>
        ))}
        <option value="all">{t('binding.allTime')}</option>
      </select>
    </div>
  );
}
