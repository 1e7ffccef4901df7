import type { SavedQueryInput } from '@safar/core';
import type { AnalyticsSpec } from '../analytics-kinds';

/** The body that saves a spec under a name: `{ name, kind, query }`, the kind the spec's own. */
export function savedQueryBody(name: string, spec: AnalyticsSpec): SavedQueryInput {
  switch (spec.kind) {
    case 'funnel':
      return { name, kind: spec.kind, query: spec };
    case 'paths':
      return { name, kind: spec.kind, query: spec };
    case 'retention':
      return { name, kind: spec.kind, query: spec };
    case 'attribution':
      return { name, kind: spec.kind, query: spec };
    case 'friction':
      return { name, kind: spec.kind, query: spec };
    case 'conformance':
      return { name, kind: spec.kind, query: spec };
  }
}
