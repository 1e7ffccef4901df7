import type { MapTemplate } from './map-template.js';

// placeholder replaced by the template pass
export const dayInTheLifeTemplate: MapTemplate = {
  id: 'day-in-the-life',
  kind: 'current-state',
  journeyType: 'purchase',
  name: { en: 'day-in-the-life', fa: 'day-in-the-life', ar: 'day-in-the-life', el: 'day-in-the-life' },
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
