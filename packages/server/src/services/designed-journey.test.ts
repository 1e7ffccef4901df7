import { journeyMapSchema } from '@safar/core';
import { describe, expect, it } from 'vitest';
import { designedStepsOfMap } from './designed-journey.js';

const matcher = (event: string) => ({ event, filters: [] });

describe("a map's designed order", () => {
  const map = journeyMapSchema.parse({
    id: 'm',
    title: 'Purchase',
    stages: [
      {
        id: 'discover',
        name: 'Discover',
        steps: [
          { id: 'ad', name: 'Sees an ad' },
          { id: 'browse', name: 'Browses' },
        ],
      },
      {
        id: 'buy',
        name: 'Buy',
        steps: [
          { id: 'notes', name: 'Reads the notes' },
          { id: 'pay', name: 'Pays' },
          { id: 'again', name: 'Browses again' },
        ],
      },
    ],
    lanes: [
      { id: 'web', kind: 'touchpoints', name: 'Web' },
      { id: 'app', kind: 'touchpoints', name: 'App' },
      { id: 'actions', kind: 'actions', name: 'Actions' },
    ],
    cells: {
      web: {
        ad: { shape: 'touchpoints', touchpointIds: ['tp-poster'] },
        browse: { shape: 'touchpoints', touchpointIds: ['tp-web-shop'] },
        pay: { shape: 'touchpoints', touchpointIds: ['tp-checkout'] },
        again: { shape: 'touchpoints', touchpointIds: ['tp-web-shop'] },
      },
      app: {
        browse: { shape: 'touchpoints', touchpointIds: ['tp-app-shop', 'tp-web-shop'] },
        pay: { shape: 'touchpoints', touchpointIds: ['tp-app-pay'] },
      },
      actions: { notes: { shape: 'text', text: 'reads the small print' } },
    },
  });
  const catalogue = [
    { id: 'tp-poster', eventMatcher: null },
    { id: 'tp-web-shop', eventMatcher: matcher('Web Shop Viewed') },
    { id: 'tp-app-shop', eventMatcher: matcher('App Shop Viewed') },
    { id: 'tp-checkout', eventMatcher: matcher('Checkout') },
    { id: 'tp-app-pay', eventMatcher: matcher('App Paid') },
  ];

  it('is the steps with measurable touchpoints, in stage and step order, lanes as alternatives', () => {
    expect(designedStepsOfMap(map, catalogue)).toEqual([
      // "Sees an ad" has only a poster (no event can show it); "Reads the notes" has no touchpoint.
      { label: 'Browses', matchers: [matcher('Web Shop Viewed'), matcher('App Shop Viewed')] },
      { label: 'Pays', matchers: [matcher('Checkout'), matcher('App Paid')] },
      // "Browses again" only repeats the web shop, which belongs to its first step.
    ]);
  });

  it('leaves out touchpoints the catalogue does not have', () => {
    expect(designedStepsOfMap(map, catalogue.slice(0, 2))).toEqual([
      { label: 'Browses', matchers: [matcher('Web Shop Viewed')] },
    ]);
  });
});
