import type { MapTemplate } from './map-template.js';

// placeholder replaced by the template pass
export const leadGenerationOnboardingTemplate: MapTemplate = {
  id: 'lead-generation-onboarding',
  kind: 'current-state',
  journeyType: 'purchase',
  name: {
    en: 'lead-generation-onboarding',
    fa: 'lead-generation-onboarding',
    ar: 'lead-generation-onboarding',
    el: 'lead-generation-onboarding',
  },
  description: { en: '', fa: '', ar: '', el: '' },
  goal: {
    why: { en: '', fa: '', ar: '', el: '' },
    purpose: { en: '', fa: '', ar: '', el: '' },
    audience: { en: '', fa: '', ar: '', el: '' },
    basis: { en: '', fa: '', ar: '', el: '' },
  },
  emotionScale: { min: -2, max: 2 },
  touchpoints: [],
  stages: [],
  lanes: [],
  cells: [],
  resources: [],
};
