import { matchesEvent, type EventChannel, type EventMatcher } from '@safar/core';

/** The parts of an event (as the events API returns it) that the timeline shows. */
export interface TimelineEvent {
  readonly messageId: string;
  readonly type: string;
  readonly event: string;
  readonly timestamp: string;
  readonly channel: EventChannel;
  readonly anonymousId: string | null;
  readonly userId: string | null;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly traits: Readonly<Record<string, unknown>>;
  readonly context: Readonly<Record<string, unknown>>;
}

export interface MatchableTouchpoint {
  readonly id: string;
  readonly name: string;
  readonly eventMatcher: EventMatcher | null;
}

/** The catalogue touchpoints whose event matcher the event matches (core's matcher, as the engines use). */
export function touchpointsOf<T extends MatchableTouchpoint>(
  event: TimelineEvent,
  touchpoints: readonly T[],
): T[] {
  return touchpoints.filter(({ eventMatcher }) => eventMatcher !== null && matchesEvent(event, eventMatcher));
}

/** The id an event came in on: its device (anonymous id) when it has one, else the user id. */
export function arrivalId(event: TimelineEvent): string {
  if (event.anonymousId) return `a:${event.anonymousId}`;
  return event.userId ? `u:${event.userId}` : '';
}

/** How a page or screen names itself: its path or name; other events are named by their event. */
export function eventTitle(event: TimelineEvent): string {
  if (event.type === 'page' || event.type === 'screen') {
    const where = event.properties['path'] ?? event.properties['name'];
    return typeof where === 'string' && where.length > 0 ? where : event.event;
  }
  return event.event;
}

const MAX_ROWS = 40;

/** Properties (traits for identify calls) as dotted key and text rows, nested objects flattened. */
export function detailRows(event: TimelineEvent): [string, string][] {
  const rows: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (rows.length >= MAX_ROWS) return;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
    } else if (value !== undefined && value !== '') {
      rows.push([path, typeof value === 'string' ? value : JSON.stringify(value)]);
    }
  };
  walk(event.type === 'identify' ? event.traits : event.properties, '');
  return rows;
}

/** Event names that carry a survey answer (the demo's NPS survey sends "Survey Responded"). */
const SURVEY_EVENTS = new Set(['Survey Responded', 'Survey Answered', 'Survey Submitted']);

export interface SurveyAnswer {
  readonly survey: string | null;
  readonly score: number | null;
  readonly comment: string | null;
}

/** A survey answer the timeline shows as a card, or null for other events. */
export function surveyAnswer(event: TimelineEvent): SurveyAnswer | null {
  if (!SURVEY_EVENTS.has(event.event)) return null;
  const { properties } = event;
  const survey = properties['survey_type'] ?? properties['survey'] ?? properties['survey_name'];
  const score = properties['score'] ?? properties['rating'];
  const comment = properties['comment'] ?? properties['answer'] ?? properties['text'];
  return {
    survey: typeof survey === 'string' ? survey : null,
    score: typeof score === 'number' && Number.isFinite(score) ? score : null,
    comment: typeof comment === 'string' && comment.trim() ? comment : null,
  };
}
