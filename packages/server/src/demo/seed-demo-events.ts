import { DEMO_DEFAULT_DAYS, generateDemoEvents } from '@safar/analytics';
import type { SafarServices } from '../services/safar-services.js';
import { DEMO_WORKSPACE_ID } from './seed-demo-workspace.js';

export const DEMO_EVENT_SEED = 20261123;
const DAY = 24 * 60 * 60 * 1000;

/**
 * Fills the demo workspace with the generated multi-channel journey: the last 90 days up to
 * today (UTC midnight), so the same seed, size and day always give the same events. Stored
 * straight into the event store; messageIds are deterministic, so running it again adds nothing.
 */
export async function seedDemoEvents(
  services: SafarServices,
  options: { events: number; today?: number; onProgress?: (stored: number) => void },
): Promise<{ stored: number; persons: number }> {
  const today = Math.floor((options.today ?? Date.now()) / DAY) * DAY;
  let stored = 0;
  for (const chunk of generateDemoEvents({
    seed: DEMO_EVENT_SEED,
    events: options.events,
    start: today - DEMO_DEFAULT_DAYS * DAY,
  })) {
    stored += (await services.events.append(DEMO_WORKSPACE_ID, chunk)).stored;
    options.onProgress?.(stored);
  }
  const { persons } = await services.events.counts(DEMO_WORKSPACE_ID);
  return { stored, persons };
}
