import type { MetricMeasure } from '../map/metric-measure.js';
import type { ChannelKey } from '../channel.js';
import type { EventMatcher } from '../event-matcher.js';
import type { LocalizedText } from '../locale.js';
import type { EmotionScale, JOURNEY_TYPES, MAP_KINDS, MILESTONES } from '../map/journey-map.js';
import type { LaneKind } from '../map/lane-kind.js';
import type { OPPORTUNITY_STATUSES } from '../map/cell-content.js';

/**
 * A starting map drawn from the source articles, written once in every first-class language.
 * Keys are stable, readable ids: they become the ids of the stages, steps and lanes of the map
 * made from the template, and `tp-<key>` becomes the id of each catalogue touchpoint.
 */
export interface MapTemplate {
  readonly id: string;
  readonly kind: (typeof MAP_KINDS)[number];
  readonly journeyType: (typeof JOURNEY_TYPES)[number];
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly goal: {
    readonly why: LocalizedText;
    readonly purpose: LocalizedText;
    readonly audience: LocalizedText;
    readonly basis: LocalizedText;
  };
  readonly emotionScale: EmotionScale;
  readonly touchpoints: readonly TemplateTouchpoint[];
  readonly stages: readonly TemplateStage[];
  readonly lanes: readonly TemplateLane[];
  readonly cells: readonly TemplateCell[];
  readonly resources: readonly TemplateResource[];
}

export interface TemplateTouchpoint {
  readonly key: string;
  readonly name: LocalizedText;
  readonly channel: ChannelKey;
  readonly department: LocalizedText;
  readonly visibility: 'frontstage' | 'backstage';
  readonly description: LocalizedText;
  readonly eventMatcher: EventMatcher | null;
}

export interface TemplateStage {
  readonly key: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly icon: string;
  readonly colour: string;
  readonly steps: readonly TemplateStep[];
}

export interface TemplateStep {
  readonly key: string;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  readonly milestone?: (typeof MILESTONES)[number];
  readonly momentOfTruth?: boolean;
}

export interface TemplateLane {
  readonly key: string;
  readonly kind: LaneKind;
  readonly name: LocalizedText;
}

export interface TemplateResource {
  readonly kind: 'have' | 'need';
  readonly name: LocalizedText;
  readonly description: LocalizedText;
}

/** One cell: `lane` and `step` are keys; the content mirrors the map's cell shapes with text in every language. */
export interface TemplateCell {
  readonly lane: string;
  readonly step: string;
  readonly content: TemplateCellContent;
}

export type TemplateCellContent =
  | { readonly shape: 'text'; readonly text: LocalizedText }
  | { readonly shape: 'emotion'; readonly score: number; readonly note: LocalizedText }
  | { readonly shape: 'touchpoints'; readonly touchpoints: readonly string[] }
  | { readonly shape: 'channels'; readonly channels: readonly ChannelKey[] }
  | {
      readonly shape: 'pain-points';
      readonly items: readonly { readonly text: LocalizedText; readonly severity: number }[];
    }
  | {
      readonly shape: 'opportunities';
      readonly items: readonly {
        readonly text: LocalizedText;
        readonly impact: number;
        readonly effort: number;
        readonly status: (typeof OPPORTUNITY_STATUSES)[number];
      }[];
    }
  | {
      readonly shape: 'metrics';
      readonly items: readonly {
        readonly name: LocalizedText;
        readonly definition: LocalizedText;
        readonly target: number | null;
        readonly unit: string;
        readonly direction: 'higher-is-better' | 'lower-is-better';
        /** Stage ids are the stage keys; touchpoint ids `tp-<key>` (templateTouchpointId). */
        readonly measure?: MetricMeasure;
      }[];
    }
  | { readonly shape: 'departments'; readonly departments: readonly LocalizedText[] };
