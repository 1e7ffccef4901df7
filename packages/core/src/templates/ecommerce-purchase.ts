import type { MapTemplate } from './map-template.js';

// placeholder replaced by the template pass
export const ecommercePurchaseTemplate: MapTemplate = {
  id: 'ecommerce-purchase',
  kind: 'current-state',
  journeyType: 'purchase',
  name: {
    en: 'ecommerce-purchase',
    fa: 'ecommerce-purchase',
    ar: 'ecommerce-purchase',
    el: 'ecommerce-purchase',
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
