import { dayInTheLifeTemplate } from './day-in-the-life.js';
import { ecommercePurchaseTemplate } from './ecommerce-purchase.js';
import { leadGenerationOnboardingTemplate } from './lead-generation-onboarding.js';
import type { MapTemplate } from './map-template.js';
import { retentionTemplate } from './retention.js';
import { serviceBlueprintTemplate } from './service-blueprint.js';

export const MAP_TEMPLATES: readonly MapTemplate[] = [
  ecommercePurchaseTemplate,
  leadGenerationOnboardingTemplate,
  retentionTemplate,
  serviceBlueprintTemplate,
  dayInTheLifeTemplate,
];

export function findTemplate(id: string): MapTemplate | undefined {
  return MAP_TEMPLATES.find((template) => template.id === id);
}
