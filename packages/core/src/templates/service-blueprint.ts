import type { MapTemplate } from './map-template.js';

// placeholder replaced by the template pass
export const serviceBlueprintTemplate: MapTemplate = {
  id: 'service-blueprint',
  kind: 'current-state',
  journeyType: 'purchase',
  name: {
    en: 'service-blueprint',
    fa: 'service-blueprint',
    ar: 'service-blueprint',
    el: 'service-blueprint',
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
