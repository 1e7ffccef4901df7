import { matchesEvent, type EventMatcher } from '@safar/core';

// The matcher itself lives in core, so the browser (the person timeline) matches events as the
// engines do.
export { DECIMAL, matchesEvent, passesFilter, propertyValue, textOf } from '@safar/core';

/** The part of an event that journey queries read. */
export interface QueryEvent {
  readonly personId: string;
  readonly messageId: string;
  readonly event: string;
  readonly timestamp: number;
  readonly channel: string;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly context: Readonly<Record<string, unknown>>;
}

/** A step resolved to matchers: an event matches the step when it matches any of them. */
export interface ResolvedStep {
  readonly label: string;
  readonly matchers: readonly EventMatcher[];
}

export const matchesStep = (event: QueryEvent, step: ResolvedStep) =>
  step.matchers.some((matcher) => matchesEvent(event, matcher));
