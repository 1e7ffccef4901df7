import type { ChannelKey } from '../channel.js';
import type { LocalizedText } from '../locale.js';
import type { OPPORTUNITY_STATUSES } from '../map/cell-content.js';
import type { LaneKind } from '../map/lane-kind.js';
import type { MeasurePoint, MetricMeasure } from '../map/metric-measure.js';
import { templateTouchpointId } from './instantiate-template.js';
import { t } from './localized.js';
import type {
  TemplateCell,
  TemplateCellContent,
  TemplateLane,
  TemplateResource,
  TemplateTouchpoint,
} from './map-template.js';

/**
 * Small builders that keep the template files about content, not about object shapes.
 * Cells are written step by step: `cellsFor(step, { lane: content })`.
 */

type PainPointItem = Extract<TemplateCellContent, { shape: 'pain-points' }>['items'][number];
type OpportunityItem = Extract<TemplateCellContent, { shape: 'opportunities' }>['items'][number];
type MetricItem = Extract<TemplateCellContent, { shape: 'metrics' }>['items'][number];

const LANE_NAMES: Readonly<Record<LaneKind, LocalizedText>> = {
  text: t('Notes', 'یادداشت‌ها', 'ملاحظات', 'Σημειώσεις'),
  actions: t('Actions', 'اقدامات', 'الإجراءات', 'Ενέργειες'),
  goals: t('Goals', 'اهداف', 'الأهداف', 'Στόχοι'),
  thoughts: t('Thoughts', 'افکار', 'الأفكار', 'Σκέψεις'),
  questions: t('Questions', 'پرسش‌ها', 'الأسئلة', 'Ερωτήσεις'),
  emotions: t('Emotions', 'احساسات', 'المشاعر', 'Συναισθήματα'),
  touchpoints: t('Touchpoints', 'نقاط تماس', 'نقاط الاتصال', 'Σημεία επαφής'),
  channels: t('Channels', 'کانال‌ها', 'القنوات', 'Κανάλια'),
  'pain-points': t('Pain points', 'نقاط درد', 'نقاط الألم', 'Σημεία πόνου'),
  opportunities: t('Opportunities', 'فرصت‌ها', 'الفرص', 'Ευκαιρίες'),
  metrics: t('Metrics', 'شاخص‌ها', 'المقاييس', 'Δείκτες'),
  people: t('People', 'افراد', 'الأشخاص', 'Άνθρωποι'),
  policy: t('Policy', 'سیاست‌ها', 'السياسات', 'Πολιτική'),
  technology: t('Technology', 'فناوری', 'التكنولوجيا', 'Τεχνολογία'),
  process: t('Process', 'فرایند', 'العمليات', 'Διαδικασία'),
  'line-of-visibility': t('Line of visibility', 'خط دید مشتری', 'خط الرؤية', 'Γραμμή ορατότητας'),
  departments: t('Departments', 'واحدهای سازمان', 'الأقسام', 'Τμήματα'),
  images: t('Images', 'تصاویر', 'الصور', 'Εικόνες'),
  'map-links': t('Linked maps', 'نقشه‌های مرتبط', 'الخرائط المرتبطة', 'Συνδεδεμένοι χάρτες'),
};

/** A lane keyed by its kind, with the usual name unless the template names it itself. */
export function lane(kind: LaneKind, options: { key?: string; name?: LocalizedText } = {}): TemplateLane {
  return { key: options.key ?? kind, kind, name: options.name ?? LANE_NAMES[kind] };
}

/** The cells of one step, one per lane key. */
export function cellsFor(step: string, row: Readonly<Record<string, TemplateCellContent>>): TemplateCell[] {
  return Object.entries(row).map(([laneKey, content]) => ({ lane: laneKey, step, content }));
}

export function text(value: LocalizedText): TemplateCellContent {
  return { shape: 'text', text: value };
}

export function emotion(score: number, note: LocalizedText): TemplateCellContent {
  return { shape: 'emotion', score, note };
}

/** Refers to touchpoints by the objects themselves, so a cell cannot name an undefined key. */
export function touchpoints(...list: readonly TemplateTouchpoint[]): TemplateCellContent {
  return { shape: 'touchpoints', touchpoints: list.map((touchpoint) => touchpoint.key) };
}

export function channels(...list: readonly ChannelKey[]): TemplateCellContent {
  return { shape: 'channels', channels: list };
}

export function painPoints(...items: readonly PainPointItem[]): TemplateCellContent {
  return { shape: 'pain-points', items };
}

/** A pain point; severity runs from 1 (minor) to 5 (blocks the journey). */
export function pain(severity: number, value: LocalizedText): PainPointItem {
  return { text: value, severity };
}

export function opportunities(...items: readonly OpportunityItem[]): TemplateCellContent {
  return { shape: 'opportunities', items };
}

/** An improvement idea with impact and effort from 1 to 5. */
export function opportunity(
  impact: number,
  effort: number,
  status: (typeof OPPORTUNITY_STATUSES)[number],
  value: LocalizedText,
): OpportunityItem {
  return { text: value, impact, effort, status };
}

export function metrics(...items: readonly MetricItem[]): TemplateCellContent {
  return { shape: 'metrics', items };
}

export function metric(
  name: LocalizedText,
  definition: LocalizedText,
  goal: { target: number | null; unit: string; direction?: MetricItem['direction'] },
  measure?: MetricMeasure,
): MetricItem {
  return {
    name,
    definition,
    target: goal.target,
    unit: goal.unit,
    direction: goal.direction ?? 'higher-is-better',
    ...(measure ? { measure } : {}),
  };
}

/** A KPI measured on a template touchpoint (by its object, so the key cannot be misspelt). */
export function atTouchpoint(touchpoint: TemplateTouchpoint): MeasurePoint {
  return { kind: 'touchpoint', touchpointId: templateTouchpointId(touchpoint.key) };
}

/** A KPI measured on a stage of the template's map (stage ids are the stage keys). */
export function atStage(key: string): MeasurePoint {
  return { kind: 'stage', stageId: key };
}

export function departments(...list: readonly LocalizedText[]): TemplateCellContent {
  return { shape: 'departments', departments: list };
}

export function resource(
  kind: TemplateResource['kind'],
  name: LocalizedText,
  description: LocalizedText,
): TemplateResource {
  return { kind, name, description };
}
