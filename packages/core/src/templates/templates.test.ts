import { describe, expect, it } from 'vitest';
import type { ChannelKey } from '../channel.js';
import { LOCALES, type LocalizedText } from '../locale.js';
import { journeyMapProblems } from '../map/journey-map-problems.js';
import { journeyMapSchema } from '../map/journey-map.js';
import { instantiateTemplate } from './instantiate-template.js';
import type { MapTemplate, TemplateTouchpoint } from './map-template.js';
import { MAP_TEMPLATES, findTemplate } from './template-catalogue.js';

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const GREEK_SCRIPT = /[\u0370-\u03FF]/;
/** Arabic yeh and kaf: Persian text must use ی and ک instead. */
const ARABIC_ONLY_LETTERS = /[\u064A\u0643]/;

function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort();
  return keys.join(',') === 'ar,el,en,fa';
}

/** Every LocalizedText anywhere in the value, with the path that leads to it. */
function localizedTexts(value: unknown, path = '$'): { path: string; text: LocalizedText }[] {
  if (isLocalizedText(value)) return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => localizedTexts(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => localizedTexts(item, `${path}.${key}`));
  }
  return [];
}

function template(id: string): MapTemplate {
  const found = findTemplate(id);
  if (!found) throw new Error(`no template "${id}"`);
  return found;
}

function stepsOf(mapTemplate: MapTemplate) {
  return mapTemplate.stages.flatMap((stage) => stage.steps);
}

function channelsOf(mapTemplate: MapTemplate): Set<ChannelKey> {
  const channels = new Set<ChannelKey>();
  for (const cell of mapTemplate.cells) {
    if (cell.content.shape === 'channels') cell.content.channels.forEach((channel) => channels.add(channel));
  }
  return channels;
}

describe('map templates', () => {
  it('has the five templates with unique ids', () => {
    const ids = MAP_TEMPLATES.map((each) => each.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(
      [
        'day-in-the-life',
        'ecommerce-purchase',
        'lead-generation-onboarding',
        'retention',
        'service-blueprint',
      ].sort(),
    );
  });

  describe.each(MAP_TEMPLATES.map((each) => [each.id, each] as const))('%s', (_id, mapTemplate) => {
    it.each(LOCALES)('instantiates as a valid map in %s', (locale) => {
      const { map, touchpoints } = instantiateTemplate(mapTemplate, { mapId: 'm1', locale });

      expect(journeyMapSchema.safeParse(map).success).toBe(true);
      expect(journeyMapProblems(map)).toEqual([]);
      expect(map.title).toBe(mapTemplate.name[locale]);
      expect(map.locale).toBe(locale);

      const touchpointIds = new Set(touchpoints.map((touchpoint) => touchpoint.id));
      for (const row of Object.values(map.cells)) {
        for (const content of Object.values(row)) {
          if (content.shape !== 'touchpoints') continue;
          for (const id of content.touchpointIds) expect(touchpointIds).toContain(id);
        }
      }
    });

    it('writes its title in the script of each language', () => {
      for (const locale of ['fa', 'ar'] as const) {
        expect(instantiateTemplate(mapTemplate, { mapId: 'm1', locale }).map.title).toMatch(ARABIC_SCRIPT);
      }
      expect(instantiateTemplate(mapTemplate, { mapId: 'm1', locale: 'el' }).map.title).toMatch(GREEK_SCRIPT);
    });

    it('has every text in all four languages, each in its own script', () => {
      const texts = localizedTexts(mapTemplate);
      expect(texts.length).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const { path, text } of texts) {
        for (const locale of LOCALES) {
          if (text[locale].trim().length === 0) problems.push(`${path}.${locale} is empty`);
        }
        if (ARABIC_SCRIPT.test(text.en) || GREEK_SCRIPT.test(text.en))
          problems.push(`${path}.en is not English`);
        if (!ARABIC_SCRIPT.test(text.fa)) problems.push(`${path}.fa has no Persian letters`);
        if (ARABIC_ONLY_LETTERS.test(text.fa)) problems.push(`${path}.fa uses Arabic ي or ك`);
        if (!ARABIC_SCRIPT.test(text.ar)) problems.push(`${path}.ar has no Arabic letters`);
        if (!GREEK_SCRIPT.test(text.el)) problems.push(`${path}.el has no Greek letters`);
        const translated = text.fa !== text.en && text.ar !== text.en && text.el !== text.en;
        if (!translated) problems.push(`${path} keeps the English text in another language`);
      }
      expect(problems).toEqual([]);
    });

    it('uses well-formed, unique keys', () => {
      const keys = [
        ...mapTemplate.stages.map((stage) => stage.key),
        ...stepsOf(mapTemplate).map((step) => step.key),
        ...mapTemplate.lanes.map((lane) => lane.key),
      ];
      const touchpointKeys = mapTemplate.touchpoints.map((touchpoint) => touchpoint.key);
      for (const key of [...keys, ...touchpointKeys]) expect(key).toMatch(ID_PATTERN);
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(touchpointKeys).size).toBe(touchpointKeys.length);
    });

    it('puts every stage, step and lane to use', () => {
      expect(mapTemplate.stages.length).toBeGreaterThanOrEqual(3);
      for (const stage of mapTemplate.stages) {
        expect(stage.steps.length).toBeGreaterThanOrEqual(1);
        expect(stage.colour).toMatch(/^#[0-9a-f]{6}$/i);
        expect(stage.icon).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
      const lanesWithCells = new Set(mapTemplate.cells.map((cell) => cell.lane));
      for (const lane of mapTemplate.lanes) {
        if (lane.kind !== 'line-of-visibility') expect(lanesWithCells).toContain(lane.key);
      }
      const stepsWithCells = new Set(mapTemplate.cells.map((cell) => cell.step));
      for (const step of stepsOf(mapTemplate)) expect(stepsWithCells).toContain(step.key);
    });

    it('lists exactly the touchpoints its cells refer to', () => {
      const referenced = new Set(
        mapTemplate.cells.flatMap((cell) =>
          cell.content.shape === 'touchpoints' ? cell.content.touchpoints : [],
        ),
      );
      expect([...referenced].sort()).toEqual(
        mapTemplate.touchpoints.map((touchpoint) => touchpoint.key).sort(),
      );
    });

    it('states its goal and the resources it has and needs', () => {
      const kinds = new Set(mapTemplate.resources.map((resource) => resource.kind));
      expect(kinds).toEqual(new Set(['have', 'need']));
      expect(localizedTexts(mapTemplate.goal)).toHaveLength(4);
    });
  });

  it('gives a touchpoint key the same definition in every template', () => {
    const byKey = new Map<string, { templateId: string; touchpoint: TemplateTouchpoint }>();
    let shared = 0;
    for (const mapTemplate of MAP_TEMPLATES) {
      for (const touchpoint of mapTemplate.touchpoints) {
        const earlier = byKey.get(touchpoint.key);
        if (earlier) {
          shared += 1;
          expect(touchpoint, `${touchpoint.key} in ${mapTemplate.id} and ${earlier.templateId}`).toEqual(
            earlier.touchpoint,
          );
        } else {
          byKey.set(touchpoint.key, { templateId: mapTemplate.id, touchpoint });
        }
      }
    }
    expect(shared).toBeGreaterThan(0);
  });

  it('makes catalogue touchpoints that agree across templates', () => {
    for (const locale of LOCALES) {
      const byId = new Map<string, unknown>();
      for (const mapTemplate of MAP_TEMPLATES) {
        for (const touchpoint of instantiateTemplate(mapTemplate, { mapId: 'm1', locale }).touchpoints) {
          expect(touchpoint.id).toMatch(/^tp-[A-Za-z0-9_-]+$/);
          const earlier = byId.get(touchpoint.id);
          if (earlier) expect(touchpoint).toEqual(earlier);
          else byId.set(touchpoint.id, touchpoint);
        }
      }
    }
  });

  describe('e-commerce purchase', () => {
    const ecommerce = template('ecommerce-purchase');

    it('is a current-state purchase map', () => {
      expect(ecommerce.kind).toBe('current-state');
      expect(ecommerce.journeyType).toBe('purchase');
      expect(ecommerce.emotionScale).toEqual({ min: -2, max: 2 });
    });

    it('follows the article’s stages in order, each with two to four steps', () => {
      expect(ecommerce.stages.map((stage) => stage.key)).toEqual([
        'awareness',
        'evaluation',
        'purchase',
        'loyalty',
      ]);
      for (const stage of ecommerce.stages) {
        expect(stage.steps.length).toBeGreaterThanOrEqual(2);
        expect(stage.steps.length).toBeLessThanOrEqual(4);
      }
    });

    it('uses the channels the article names', () => {
      const required: ChannelKey[] = [
        'display-ads',
        'instagram',
        'search-engine',
        'review-sites',
        'comparison-sites',
        'website',
        'email',
        'online-chat',
        'mobile-app',
      ];
      const inCells = channelsOf(ecommerce);
      const ofTouchpoints = new Set(ecommerce.touchpoints.map((touchpoint) => touchpoint.channel));
      for (const channel of required) {
        expect(inCells).toContain(channel);
        expect(ofTouchpoints).toContain(channel);
      }
    });

    it('marks the payment as the moment of truth and the first purchase', () => {
      const firstPurchase = stepsOf(ecommerce).filter((step) => step.milestone === 'first-purchase');
      expect(firstPurchase).toHaveLength(1);
      expect(firstPurchase[0]?.momentOfTruth).toBe(true);
    });

    it('counts technical errors such as a 404 page as touchpoints', () => {
      const notFound = ecommerce.touchpoints.find((touchpoint) =>
        touchpoint.eventMatcher?.filters.some(
          (filter) => filter.property === 'status' && filter.operator === 'equals' && filter.value === 404,
        ),
      );
      expect(notFound?.channel).toBe('website');
      const events = ecommerce.touchpoints.map((touchpoint) => touchpoint.eventMatcher?.event);
      expect(events).toEqual(expect.arrayContaining(['Product Viewed', 'Order Completed', 'Payment Failed']));
    });

    it('fills most of its cells', () => {
      const fillable = ecommerce.lanes.length * stepsOf(ecommerce).length;
      expect(ecommerce.cells.length / fillable).toBeGreaterThan(0.6);
    });
  });

  describe('lead generation and onboarding', () => {
    const leadGeneration = template('lead-generation-onboarding');

    it('is a lead-generation map with the sign-up and activation milestones', () => {
      expect(leadGeneration.journeyType).toBe('lead-generation');
      const milestones = stepsOf(leadGeneration).map((step) => step.milestone);
      expect(milestones).toContain('sign-up');
      expect(milestones).toContain('activation');
      expect(leadGeneration.lanes.map((lane) => lane.kind)).toContain('questions');
    });

    it('uses the lead-generation channels', () => {
      const ofTouchpoints = new Set(leadGeneration.touchpoints.map((touchpoint) => touchpoint.channel));
      for (const channel of ['webinar', 'linkedin', 'website', 'email', 'helpdesk', 'crm-sales'] as const) {
        expect(ofTouchpoints).toContain(channel);
      }
    });
  });

  describe('retention', () => {
    const retention = template('retention');

    it('is a retention map with the renewal, referral and churn milestones', () => {
      expect(retention.journeyType).toBe('retention');
      const milestones = stepsOf(retention).map((step) => step.milestone);
      for (const milestone of ['renewal', 'referral', 'churn'] as const)
        expect(milestones).toContain(milestone);
    });

    it('reaches customers on the retention channels', () => {
      const ofTouchpoints = new Set(retention.touchpoints.map((touchpoint) => touchpoint.channel));
      for (const channel of ['push', 'email', 'sms', 'call-centre', 'telegram', 'whatsapp'] as const) {
        expect(ofTouchpoints).toContain(channel);
      }
    });
  });

  describe('service blueprint', () => {
    const blueprint = template('service-blueprint');

    it('adds the backstage lanes below the line of visibility', () => {
      expect(blueprint.kind).toBe('service-blueprint');
      const kinds = blueprint.lanes.map((lane) => lane.kind);
      for (const kind of ['people', 'policy', 'technology', 'process'] as const)
        expect(kinds).toContain(kind);
      const visibility = kinds.indexOf('line-of-visibility');
      expect(visibility).toBeGreaterThan(kinds.indexOf('touchpoints'));
      expect(visibility).toBeLessThan(kinds.indexOf('people'));
      expect(kinds.indexOf('touchpoints')).toBeGreaterThanOrEqual(0);
    });

    it('fills the backstage lanes for every step', () => {
      const steps = stepsOf(blueprint).map((step) => step.key);
      for (const kind of ['people', 'policy', 'technology', 'process'] as const) {
        const lane = blueprint.lanes.find((each) => each.kind === kind);
        const filled = blueprint.cells.filter((cell) => cell.lane === lane?.key).map((cell) => cell.step);
        expect(filled.sort()).toEqual([...steps].sort());
      }
    });

    it('includes backstage touchpoints', () => {
      expect(blueprint.touchpoints.some((touchpoint) => touchpoint.visibility === 'backstage')).toBe(true);
    });
  });

  describe('day in the life', () => {
    const day = template('day-in-the-life');

    it('follows the parts of a day with the article’s lanes', () => {
      expect(day.kind).toBe('day-in-the-life');
      expect(day.journeyType).toBe('engagement');
      expect(day.stages.map((stage) => stage.key)).toEqual(['morning', 'commute', 'work', 'evening']);
      const kinds = day.lanes.map((lane) => lane.kind);
      for (const kind of [
        'actions',
        'thoughts',
        'emotions',
        'channels',
        'pain-points',
        'opportunities',
      ] as const) {
        expect(kinds).toContain(kind);
      }
    });
  });
});
