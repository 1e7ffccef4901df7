import type { Touchpoint } from '@safar/core';
import { useFormat } from '../i18n/useFormat';
import { useT } from '../i18n/useT';
import { ChannelIcon } from './ChannelBadges';
import {
  arrivalId,
  detailRows,
  eventTitle,
  surveyAnswer,
  touchpointsOf,
  type TimelineEvent,
} from './event-details';
import { bareId, idKind, isolate } from './person-ids';
import { usePersonFormat } from './usePersonFormat';
import { KeyValueList } from './KeyValueList';

/** One event of the timeline: channel, time, name, the id it came in on, touchpoints it matches, details. */
export function TimelineEventItem({
  event,
  touchpoints,
}: {
  event: TimelineEvent;
  touchpoints: readonly Touchpoint[];
}) {
  const t = useT();
  const format = usePersonFormat();
  const title = eventTitle(event);
  const arrival = arrivalId(event);
  const matched = touchpointsOf(event, touchpoints);
  const rows = detailRows(event);
  const survey = surveyAnswer(event);
  return (
    <li className="timeline-event" data-testid="timeline-event" data-channel={event.channel}>
      <ChannelIcon channel={event.channel} />
      <time dateTime={event.timestamp} className="timeline-time">
        {format.time(event.timestamp)}
      </time>
      <div className="timeline-body">
        <div className="timeline-title">
          <bdi className="event-name">{title}</bdi>
          {title !== event.event ? <bdi className="muted event-kind">{event.event}</bdi> : null}
          {matched.map((touchpoint) => (
            <span key={touchpoint.id} className="chip touchpoint-match" data-testid="touchpoint-match">
              <bdi>{touchpoint.name}</bdi>
            </span>
          ))}
        </div>
        {arrival ? (
          <div className="muted timeline-arrival">
            {idKind(arrival) === 'device' ? t('persons.event.device') : t('persons.event.user')}{' '}
            <bdi title={arrival}>{bareId(arrival)}</bdi>
          </div>
        ) : null}
        {survey ? <SurveyCard survey={survey.survey} score={survey.score} comment={survey.comment} /> : null}
        {rows.length > 0 ? (
          <details className="timeline-details">
            <summary>{t('persons.event.properties', { count: rows.length })}</summary>
            <KeyValueList entries={rows} />
          </details>
        ) : null}
      </div>
    </li>
  );
}

/** A survey answer shown as a card (the place for survey answers once surveys exist in Safar). */
function SurveyCard({
  survey,
  score,
  comment,
}: {
  survey: string | null;
  score: number | null;
  comment: string | null;
}) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="survey-card" data-testid="survey-card">
      <strong>
        {survey ? t('persons.survey.named', { survey: isolate(survey) }) : t('persons.survey.answer')}
      </strong>
      {score !== null ? <span className="survey-score">{format.number(score)}</span> : null}
      {comment ? (
        <q>
          <bdi>{comment}</bdi>
        </q>
      ) : null}
    </div>
  );
}
