import type { NormalizedEvent } from '../normalize-message.js';
import { PERSONA_BEHAVIOUR, PERSONA_PICKER } from './demo-personas.js';
import { drawTimeOfDay, PersonJourney } from './journey-script.js';
import { DAY, JourneyWriter, type DraftEvent } from './journey-writer.js';
import { Prng } from './prng.js';

export interface DemoEventOptions {
  /** Any integer; the same options always give the same events, byte for byte. */
  readonly seed: number;
  /** Exactly this many events are generated (the last person's journey is cut short to fit). */
  readonly events: number;
  /** Start of the demo period, epoch milliseconds. */
  readonly start: number;
  /** Length of the demo period; every timestamp lies in [start, start + days). Default 90. */
  readonly days?: number;
  /** Events per yielded chunk. Default 10,000. */
  readonly chunkSize?: number;
}

export const DEMO_DEFAULT_DAYS = 90;
export const DEMO_CHUNK_SIZE = 10_000;

/**
 * A realistic multi-channel e-commerce demo: people arrive through ads, search, social, email
 * and the app, look around, buy or drop out at the frictions of article 002, and come back.
 * Chunks hold people one after another, each person's events in time order, so ten million
 * events stream in constant memory. The chunks are not sorted by time across people.
 */
export function* generateDemoEvents(options: DemoEventOptions): Generator<NormalizedEvent[]> {
  const { seed, events: total, start } = options;
  const days = options.days ?? DEMO_DEFAULT_DAYS;
  const chunkSize = options.chunkSize ?? DEMO_CHUNK_SIZE;
  if (!Number.isSafeInteger(seed)) throw new RangeError('seed must be an integer');
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError('events must be a whole number ≥ 0');
  if (!Number.isFinite(start)) throw new RangeError('start must be epoch milliseconds');
  if (!(days > 0 && Number.isFinite(days))) throw new RangeError('days must be more than 0');
  if (!Number.isSafeInteger(chunkSize) || chunkSize < 1) throw new RangeError('chunkSize must be ≥ 1');

  const span = Math.floor(days * DAY);
  const end = start + span;
  const prng = new Prng(seed);
  const writer = new JourneyWriter(prng);
  let produced = 0;
  let chunk: NormalizedEvent[] = [];
  for (let person = 0; produced < total; person++) {
    // Reseeding per person keeps a person's journey the same whatever the other options are.
    prng.reseed(seed, person + 1);
    const behaviour = PERSONA_BEHAVIOUR[PERSONA_PICKER.draw(prng)];
    const locale = behaviour.locales.draw(prng);
    const key = `${seed}-${person}`;
    writer.reset(key, locale, start + arrivalOffset(prng, span));
    new PersonJourney(writer, prng, behaviour, { key, index: person, locale, end }).run();
    const journey = sortByTime(writer.events);
    for (let i = 0; i < journey.length && produced < total; i++) {
      const event = journey[i];
      if (event === undefined || event.timestamp < start || event.timestamp >= end) continue;
      event.messageId = `demo-${seed}-${produced++}`;
      chunk.push(event);
      if (chunk.length === chunkSize) {
        yield chunk;
        chunk = [];
      }
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** A uniform day of the period at a time of day people shop; uniform time when the period is shorter than a day. */
function arrivalOffset(prng: Prng, span: number): number {
  const uniform = Math.floor(prng.next() * span);
  const shaped = Math.floor(uniform / DAY) * DAY + drawTimeOfDay(prng);
  return shaped < span ? shaped : uniform;
}

/** Insertion sort: stable, allocation-free and fast for a person's few, nearly ordered events. */
function sortByTime(events: DraftEvent[]): DraftEvent[] {
  for (let i = 1; i < events.length; i++) {
    const event = events[i];
    if (event === undefined) continue;
    let j = i - 1;
    for (; j >= 0; j--) {
      const before = events[j];
      if (before === undefined || before.timestamp <= event.timestamp) break;
      events[j + 1] = before;
    }
    events[j + 1] = event;
  }
  return events;
}
