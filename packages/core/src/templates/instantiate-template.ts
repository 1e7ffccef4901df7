import type { Locale } from '../locale.js';
import type { CellContent } from '../map/cell-content.js';
import { journeyMapSchema, type Cells, type JourneyMap } from '../map/journey-map.js';
import { touchpointSchema, type Touchpoint } from '../touchpoint.js';
import type { MapTemplate, TemplateCellContent } from './map-template.js';

export function templateTouchpointId(key: string): string {
  return `tp-${key}`;
}

/**
 * Makes a map (and the catalogue touchpoints it refers to) from a template in one language.
 * Touchpoint ids are derived from template keys, so maps made from templates share one catalogue.
 */
export function instantiateTemplate(
  template: MapTemplate,
  options: { mapId: string; locale: Locale; title?: string },
): { map: JourneyMap; touchpoints: Touchpoint[] } {
  const { locale } = options;
  const touchpoints = template.touchpoints.map((touchpoint) =>
    touchpointSchema.parse({
      id: templateTouchpointId(touchpoint.key),
      name: touchpoint.name[locale],
      channel: touchpoint.channel,
      department: touchpoint.department[locale],
      visibility: touchpoint.visibility,
      description: touchpoint.description[locale],
      eventMatcher: touchpoint.eventMatcher,
    }),
  );

  const cells: Cells = {};
  for (const cell of template.cells) {
    const row = cells[cell.lane] ?? {};
    row[cell.step] = localizeCell(cell.content, locale, `${cell.lane}-${cell.step}`);
    cells[cell.lane] = row;
  }

  const map = journeyMapSchema.parse({
    id: options.mapId,
    title: options.title ?? template.name[locale],
    description: template.description[locale],
    goal: {
      why: template.goal.why[locale],
      purpose: template.goal.purpose[locale],
      audience: template.goal.audience[locale],
      basis: template.goal.basis[locale],
    },
    kind: template.kind,
    journeyType: template.journeyType,
    locale,
    emotionScale: template.emotionScale,
    resources: template.resources.map((resource, index) => ({
      id: `resource-${index + 1}`,
      kind: resource.kind,
      name: resource.name[locale],
      description: resource.description[locale],
    })),
    stages: template.stages.map((stage) => ({
      id: stage.key,
      name: stage.name[locale],
      description: stage.description[locale],
      icon: stage.icon,
      colour: stage.colour,
      steps: stage.steps.map((step) => ({
        id: step.key,
        name: step.name[locale],
        description: step.description?.[locale] ?? '',
        milestone: step.milestone ?? null,
        momentOfTruth: step.momentOfTruth ?? false,
      })),
    })),
    lanes: template.lanes.map((lane) => ({ id: lane.key, kind: lane.kind, name: lane.name[locale] })),
    cells,
  });
  return { map, touchpoints };
}

function localizeCell(content: TemplateCellContent, locale: Locale, idPrefix: string): CellContent {
  switch (content.shape) {
    case 'text':
      return { shape: 'text', text: content.text[locale] };
    case 'emotion':
      return { shape: 'emotion', score: content.score, note: content.note[locale] };
    case 'touchpoints':
      return { shape: 'touchpoints', touchpointIds: content.touchpoints.map(templateTouchpointId) };
    case 'channels':
      return { shape: 'channels', channels: [...content.channels] };
    case 'pain-points':
      return {
        shape: 'pain-points',
        items: content.items.map((item, index) => ({
          id: `${idPrefix}-${index + 1}`,
          text: item.text[locale],
          severity: item.severity,
        })),
      };
    case 'opportunities':
      return {
        shape: 'opportunities',
        items: content.items.map((item, index) => ({
          id: `${idPrefix}-${index + 1}`,
          text: item.text[locale],
          impact: item.impact,
          effort: item.effort,
          status: item.status,
        })),
      };
    case 'metrics':
      return {
        shape: 'metrics',
        items: content.items.map((item, index) => ({
          id: `${idPrefix}-${index + 1}`,
          name: item.name[locale],
          definition: item.definition[locale],
          target: item.target,
          unit: item.unit,
          direction: item.direction,
          ...(item.measure ? { measure: item.measure } : {}),
        })),
      };
    case 'departments':
      return {
        shape: 'departments',
        departments: content.departments.map((department) => department[locale]),
      };
  }
}
