import type { MapTemplate } from './map-template.js';

// placeholder replaced by the template pass
export const retentionTemplate: MapTemplate = {
  id: 'retention',
  kind: 'current-state',
  journeyType: 'purchase',
  name: { en: 'retention', fa: 'retention', ar: 'retention', el: 'retention' },
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
