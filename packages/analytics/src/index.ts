export { deriveChannel, EVENT_CHANNELS } from './event-channel.js';
export type { EventChannel } from './event-channel.js';
export { IdentityGraph } from './identity-graph.js';
export type { IdentityRef } from './identity-graph.js';
export {
  BATCH_LIMIT_BYTES,
  correctedTimestamp,
  MESSAGE_LIMIT_BYTES,
  normalizeMessage,
} from './normalize-message.js';
export type { NormalizedEvent, NormalizeResult } from './normalize-message.js';
export { MESSAGE_TYPES, messageSchemaFor, segmentMessageSchema } from './segment-message.js';
export type { MessageType, SegmentMessage } from './segment-message.js';
export { DEMO_CHUNK_SIZE, DEMO_DEFAULT_DAYS, generateDemoEvents } from './demo/generate-demo-events.js';
export type { DemoEventOptions } from './demo/generate-demo-events.js';
export { DEMO_PERSONA_IDS, DEMO_PERSONA_SEGMENT_RULES, DEMO_PERSONA_SHARES } from './demo/demo-personas.js';
export type { DemoPersonaId, DemoSegmentCondition } from './demo/demo-personas.js';
export { channelFromText } from './import/channel-text.js';
export { columnMappingSchema, IMPORT_PRESETS, mapRow } from './import/column-mapping.js';
export type { ColumnMapping, ColumnMappingInput, ImportPreset, RowResult } from './import/column-mapping.js';
export { ga4Params, mapGa4Row } from './import/ga4-row.js';
export { parseTimestamp } from './import/parse-timestamp.js';
export type { TimestampUnit } from './import/parse-timestamp.js';
export { mapSegmentExportRow } from './import/segment-export-row.js';
export { matchesEvent, matchesStep, passesFilter, propertyValue, textOf } from './query/match-event.js';
export type { QueryEvent, ResolvedStep } from './query/match-event.js';
export {
  aggregateProgress,
  bucketOf,
  stepsFromAggregates,
  summariseFunnel,
  TIME_TO_CONVERT_BUCKETS_MS,
} from './query/funnel-result.js';
export type {
  FunnelResult,
  FunnelStepResult,
  PersonProgress,
  StepAggregate,
  TimeToConvert,
} from './query/funnel-result.js';
export { funnelProgress, inJourneyOrder, referenceFunnel } from './query/reference/reference-funnel.js';
export type { ResolvedFunnel } from './query/reference/reference-funnel.js';
export {
  periodIndex,
  periodStart,
  referenceRetention,
  retentionFromCounts,
  retentionOfPersons,
} from './query/retention.js';
export type {
  PersonRetention,
  ResolvedRetention,
  RetentionCohort,
  RetentionCounts,
  RetentionResult,
} from './query/retention.js';
export {
  eventsOfSelectedPersons,
  isSelected,
  matchesSegment,
  mergedTraitsByPerson,
  mergeTraits,
  personaOf,
} from './query/person-selection.js';
export type { IdentifyTraits, PersonaRule, PersonSelection, Traits } from './query/person-selection.js';
export { pathsOfPersons, referencePaths, stepName } from './query/reference/reference-paths.js';
export {
  funnelPersons,
  pathsPersons,
  retentionPersons,
  selectedCohort,
} from './query/reference/reference-drill-down.js';
export {
  codeOfNode,
  conformanceFromAggregates,
  endCode,
  isDesignedMove,
  nodeOfCode,
  START_CODE,
  unmappedCode,
} from './query/conformance-result.js';
export type {
  ConformanceGroup,
  ConformanceResult,
  DeviationCount,
  DfgEdge,
  EdgeAggregate,
  ResolvedConformance,
  TouchpointCount,
} from './query/conformance-result.js';
export {
  analyseJourney,
  conformanceJourneys,
  conformancePersons,
  journeySelected,
  referenceConformance,
} from './query/reference/reference-conformance.js';
export type { JourneyAnalysis } from './query/reference/reference-conformance.js';
export type { PathEdge, PathsResult, PersonPath, ResolvedPaths } from './query/reference/reference-paths.js';
export { frictionFlagName, frictionFromCounts, frictionItems } from './query/friction-result.js';
export type {
  FrictionCounts,
  FrictionItem,
  FrictionItemKey,
  FrictionItemKind,
  FrictionResult,
  ResolvedFriction,
} from './query/friction-result.js';
export {
  frictionByPerson,
  frictionPersons,
  referenceFriction,
} from './query/reference/reference-friction.js';
export type { PersonFriction } from './query/reference/reference-friction.js';
export { attributionResult, decayWeight, positionShare } from './query/attribution/attribution-result.js';
export type {
  AttributionAggregate,
  AttributionCredits,
  AttributionResult,
  AttributionRow,
  KeyCredits,
  ResolvedAttribution,
} from './query/attribution/attribution-result.js';
export { markovCredits, markovRemovalEffects, pathTransitions } from './query/attribution/markov-chain.js';
export type { MarkovPath, MarkovTransition } from './query/attribution/markov-chain.js';
export {
  referenceAttribution,
  referenceAttributionPersons,
} from './query/reference/reference-attribution.js';
