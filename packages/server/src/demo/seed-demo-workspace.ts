import { MAP_TEMPLATES, type Locale } from '@safar/core';
import type { SafarServices } from '../services/safar-services.js';
import { DEMO_PERSONAS } from './demo-personas.js';

export const DEMO_WORKSPACE_ID = 'demo';

export interface DemoSeedResult {
  readonly created: boolean;
  readonly personas: number;
  readonly touchpoints: number;
  readonly maps: number;
}

/** Which demo personas each template's map is drawn for: one or two per map (article 004). */
const PERSONAS_FOR_TEMPLATE: Record<string, readonly string[]> = {
  'ecommerce-purchase': ['persona-careful-shopper'],
  'lead-generation-onboarding': ['persona-team-lead'],
  retention: ['persona-loyal-customer'],
  'service-blueprint': ['persona-careful-shopper', 'persona-loyal-customer'],
  'day-in-the-life': ['persona-careful-shopper'],
};

/**
 * Seeds the "demo" workspace once: the demo personas and one map per template in `locale`.
 * Leaves an existing demo workspace untouched, so restarting never overwrites a user's edits.
 */
export async function seedDemoWorkspace(
  services: SafarServices,
  options: { locale: Locale },
): Promise<DemoSeedResult> {
  if (await services.workspaces.exists(DEMO_WORKSPACE_ID))
    return { created: false, personas: 0, touchpoints: 0, maps: 0 };
  const { locale } = options;
  await services.workspaces.create({ id: DEMO_WORKSPACE_ID, name: 'Demo' });
  for (const persona of DEMO_PERSONAS) {
    await services.personas.create(DEMO_WORKSPACE_ID, {
      ...persona.rest,
      id: persona.id,
      name: persona.name[locale],
      quote: persona.quote[locale],
      description: persona.description[locale],
      demographics: {
        ...persona.rest.demographics,
        occupation: persona.occupation[locale],
        location: persona.location[locale],
      },
      goals: persona.goals.map((goal) => goal[locale]),
      frustrations: persona.frustrations.map((frustration) => frustration[locale]),
      expectations: persona.expectations.map((expectation) => expectation[locale]),
    });
  }
  for (const template of MAP_TEMPLATES) {
    const stored = await services.maps.create(
      DEMO_WORKSPACE_ID,
      { templateId: template.id, locale, id: `demo-${template.id}` },
      'demo',
    );
    const personaIds = PERSONAS_FOR_TEMPLATE[template.id] ?? [];
    if (personaIds.length > 0) {
      await services.maps.applyOperations(
        DEMO_WORKSPACE_ID,
        stored.map.id,
        stored.revision,
        [{ type: 'updateMap', changes: { personaIds: [...personaIds], status: 'published', owner: 'demo' } }],
        'demo',
      );
    }
  }
  const touchpoints = await services.touchpoints.list(DEMO_WORKSPACE_ID);
  return {
    created: true,
    personas: DEMO_PERSONAS.length,
    touchpoints: touchpoints.length,
    maps: MAP_TEMPLATES.length,
  };
}
