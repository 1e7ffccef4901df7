import { eventMatcherSchema, type EventMatcher } from '@safar/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { suggestionsApi } from '../api/suggestions';
import { rangeOfDays } from '../editor/metrics/living-map-range';
import { useT } from '../i18n/useT';
import { useDebounced } from './useDebounced';

type PreviewRange = 'last30' | 'all';

/**
 * "Matches N events from M customers", live as the matcher changes (debounced): the numbers the
 * living map would show for a touchpoint with this matcher, over the last 30 days or all time.
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
  const [range, setRange] = useState<PreviewRange>('last30');
  const dateRange = useMemo(() => (range === 'last30' ? rangeOfDays(30) : undefined), [range]);
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
      <select
        id={id}
        value={range}
        onChange={(event) => setRange(event.target.value === 'all' ? 'all' : 'last30')}
      >
        <option value="last30">{t('binding.last30Days')}</option>
        <option value="all">{t('binding.allTime')}</option>
      </select>
    </div>
  );
}
