import { applyOperations, findTemplate, instantiateTemplate } from '@safar/core';
import { describe, expect, it } from 'vitest';
import { frictionPlan, measuredStageIds, placedTouchpoints, suggestedMatcher } from './map-metrics-plan.js';

function purchaseMap() {
  const template = findTemplate('ecommerce-purchase');
  if (!template) throw new Error('no ecommerce-purchase template');
  return instantiateTemplate(template, { mapId: 'm', locale: 'en' });
}

describe('the living map plan', () => {
  it('places each measurable touchpoint once, at its first step, in map order', () => {
    const { map, touchpoints } = purchaseMap();
    const placed = placedTouchpoints(map, touchpoints);
    const ids = placed.map((entry) => entry.touchpoint.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('tp-google-reviews'); // no event matcher
    expect(placed.find((entry) => entry.touchpoint.id === 'tp-shopping-chatbot')?.stepId).toBe(
      'compare-products',
    );
    expect(measuredStageIds(map, touchpoints)).toEqual(['awareness', 'evaluation', 'purchase', 'loyalty']);
  });

  it('converts at the first milestone and walks the stages up to it, with error touchpoints as errors', () => {
    const { map, touchpoints } = purchaseMap();
    const plan = frictionPlan(map, placedTouchpoints(map, touchpoints), measuredStageIds(map, touchpoints));
    expect(plan.conversion?.touchpoint.id).toBe('tp-online-payment');
    expect(plan.stageIds).toEqual(['awareness', 'evaluation', 'purchase']);
    expect(plan.errors.map((entry) => [entry.touchpoint.id, entry.stepId])).toEqual([
      ['tp-page-not-found', 'see-display-ad'],
      ['tp-payment-error', 'pay'],
    ]);
  });

  it('walks every measured stage to the last when no milestone marks a success', () => {
    const { map, touchpoints } = purchaseMap();
    const withoutMilestones = applyOperations(map, [
      { type: 'updateStep', stepId: 'pay', changes: { milestone: 'churn' } },
      { type: 'updateStep', stepId: 'buy-again', changes: { milestone: null } },
    ]).map;
    const measured = measuredStageIds(withoutMilestones, touchpoints);
    const plan = frictionPlan(withoutMilestones, placedTouchpoints(withoutMilestones, touchpoints), measured);
    expect(plan.conversion).toBeNull();
    expect(plan.stageIds).toEqual(measured);
  });

  it('suggests a matcher on the page path or screen name that sets the event apart', () => {
    expect(suggestedMatcher({ event: 'page', property: 'path', value: '/cart' })).toEqual({
      event: 'page',
      filters: [{ property: 'path', operator: 'equals', value: '/cart' }],
    });
    expect(suggestedMatcher({ event: 'Signed Up', property: null, value: null })).toEqual({
      event: 'Signed Up',
      filters: [],
    });
  });
});
