import { EVENT_CHANNELS, type EventChannel } from '@safar/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { personEvents } from '../api/persons';
import { useT } from '../i18n/useT';
import { groupByDay } from './timeline-days';
import { TimelineEventItem } from './TimelineEventItem';
import { usePersonFormat } from './usePersonFormat';

const EVENTS_PER_PAGE = 50;

/** A customer's events across every channel and device, grouped by day, oldest or newest first. */
export function PersonTimeline({
  workspaceId,
  personId,
  channels,
}: {
  workspaceId: string;
  personId: string;
  channels: readonly EventChannel[];
}) {
  const t = useT();
  const format = usePersonFormat();
  const [order, setOrder] = useState<'asc' | 'desc'>('desc');
  const [channel, setChannel] = useState<EventChannel | null>(null);
  const events = useInfiniteQuery({
    queryKey: ['person-events', workspaceId, personId, order, channel],
    queryFn: ({ pageParam }) =>
      personEvents(workspaceId, {
        person: personId,
        order,
        channel: channel ?? undefined,
        limit: EVENTS_PER_PAGE,
        cursor: pageParam,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const catalogue = useQuery({
    queryKey: ['touchpoints', workspaceId],
    queryFn: () => api.touchpoints(workspaceId),
  });
  const touchpoints = catalogue.data?.items.map((item) => item.touchpoint) ?? [];
  const days = groupByDay(events.data?.pages.flatMap((page) => page.items) ?? []);

  return (
    <section className="panel person-timeline" aria-labelledby="timeline-heading">
      <div className="panel-header">
        <h2 id="timeline-heading">{t('persons.timeline.heading')}</h2>
        <div className="timeline-controls">
          <label>
            <span>{t('persons.timeline.channel')}</span>
            <select
              value={channel ?? ''}
              onChange={(event) =>
                setChannel(EVENT_CHANNELS.find((known) => known === event.target.value) ?? null)
              }
              data-testid="channel-filter"
            >
              <option value="">{t('persons.timeline.allChannels')}</option>
              {channels.map((known) => (
                <option key={known} value={known}>
                  {t(`persons.channel.${known}`)}
                </option>
              ))}
            </select>
          </label>
          <div role="group" aria-label={t('persons.timeline.order')} className="segmented">
            {(['desc', 'asc'] as const).map((value) => (
              <button
                key={value}
                type="button"
                aria-pressed={order === value}
                onClick={() => setOrder(value)}
                data-testid={`order-${value}`}
              >
                {value === 'desc' ? t('persons.timeline.newestFirst') : t('persons.timeline.oldestFirst')}
              </button>
            ))}
          </div>
        </div>
      </div>
      {events.error ? (
        <p role="alert" className="error">
          {events.error.message}
        </p>
      ) : null}
      {events.isLoading ? <p className="muted">{t('common.loading')}</p> : null}
      {events.data && days.length === 0 ? <p className="muted">{t('persons.timeline.empty')}</p> : null}
      {days.map((day) => (
        <section key={`${day.key}-${day.at}`} className="timeline-day" aria-label={format.day(day.at)}>
          <h3 className="timeline-day-heading">{format.day(day.at)}</h3>
          <ol className="timeline-events">
            {day.events.map((event) => (
              <TimelineEventItem key={event.messageId} event={event} touchpoints={touchpoints} />
            ))}
          </ol>
        </section>
      ))}
      {events.hasNextPage ? (
        <button
          type="button"
          className="timeline-more"
          disabled={events.isFetchingNextPage}
          onClick={() => void events.fetchNextPage()}
          data-testid="load-more"
        >
          {events.isFetchingNextPage ? t('common.loading') : t('persons.timeline.more')}
        </button>
      ) : null}
    </section>
  );
}
