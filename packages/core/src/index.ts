export { CHANNEL_KEYS, CHANNELS, channelKeySchema } from './channel.js';
export type { ChannelDefinition, ChannelGroup, ChannelKey } from './channel.js';
export { EVENT_CHANNELS } from './event-channels.js';
export type { EventChannel } from './event-channels.js';
export { eventMatcherSchema, eventNameSchema, NON_ACTION_EVENTS } from './event-matcher.js';
export type { EventMatcher } from './event-matcher.js';
export { DECIMAL, matchesEvent, passesFilter, propertyValue, textOf } from './match-event.js';
export type { MatchableEvent } from './match-event.js';
export { createId, idSchema } from './ids.js';
export type { Id } from './ids.js';
export { LOCALES, directionOf, localeSchema, localizedTextSchema } from './locale.js';
export type { Locale, LocalizedText } from './locale.js';
export {
  ageRangeSchema,
  customFieldSchema,
  personaDraftSchema,
  personaSchema,
  personalityTraitSchema,
  segmentRuleSchema,
} from './persona.js';
export type { Persona, PersonaInput, SegmentRule } from './persona.js';
export {
  PROPERTY_OPERATORS,
  propertyFilterSchema,
  propertyOperatorSchema,
  propertyPathSchema,
} from './property-filter.js';
export type { PropertyFilter, PropertyOperator } from './property-filter.js';
export {
  coverageRequestSchema,
  coverageSchema,
  eventNameSuggestionSchema,
  matchPreviewRequestSchema,
  matchPreviewSchema,
  propertyKeySuggestionSchema,
  propertyValueSuggestionSchema,
  traitKeySuggestionSchema,
  traitValueSuggestionSchema,
} from './query/suggestions.js';
export type {
  Coverage,
  CoverageRequest,
  EventNameSuggestion,
  MatchPreview,
  MatchPreviewRequest,
  PropertyKeySuggestion,
  PropertyValueSuggestion,
  TraitKeySuggestion,
  TraitValueSuggestion,
} from './query/suggestions.js';
export {
  ATTRIBUTION_MODELS,
  NO_TOUCH_KEY,
  attributionPersonsRequestSchema,
  attributionQuerySchema,
  attributionSelectorSchema,
} from './query/attribution-query.js';
export type {
  AttributionModel,
  AttributionPersonsRequest,
  AttributionQuery,
  AttributionQueryInput,
  AttributionSelector,
} from './query/attribution-query.js';
export {
  CONFORMANCE_DEVIATIONS,
  DFG_SPECIAL_NODES,
  MAX_DESIGNED_STEPS,
  TOUCH_COUNT_BUCKETS,
  conformancePersonsRequestSchema,
  conformanceQuerySchema,
  conformanceSelectorSchema,
  dfgNodeSchema,
} from './query/conformance-query.js';
export type {
  ConformanceDeviation,
  ConformancePersonsRequest,
  ConformanceQuery,
  ConformanceQueryInput,
  ConformanceSelector,
  DfgNode,
  TouchCountBucket,
} from './query/conformance-query.js';
export { FUNNEL_ORDERS, funnelQuerySchema } from './query/funnel-query.js';
export { pathsQuerySchema } from './query/paths-query.js';
export {
  FRICTION_KINDS,
  FRICTION_RANKINGS,
  frictionItemCount,
  frictionPersonsRequestSchema,
  frictionQuerySchema,
  frictionSelectorSchema,
} from './query/friction-query.js';
export type {
  FrictionKind,
  FrictionPersonsRequest,
  FrictionQuery,
  FrictionQueryInput,
  FrictionSelector,
} from './query/friction-query.js';
export {
  isErrorMatcher,
  MAP_FUNNEL_WINDOW,
  MAP_UNMAPPED_SUGGESTIONS,
  MAP_FLOW_EDGES,
  KPI_UNAVAILABLE_REASONS,
  mapMetricsQuerySchema,
  mapMetricsResultSchema,
} from './query/map-metrics.js';
export type { MapFlowNode, MapMetrics, MapMetricsQuery, MapMetricsQueryInput } from './query/map-metrics.js';
export {
  lastDaysRange,
  MAP_METRICS_DEFAULT_DAYS,
  mapMetricsAnswerSchema,
  mapMetricsFreshnessSchema,
  mapMetricsRequestSchema,
} from './query/map-metrics-answer.js';
export type {
  MapMetricsAnswer,
  MapMetricsFreshness,
  MapMetricsRequest,
  MapMetricsRequestInput,
} from './query/map-metrics-answer.js';
export {
  byPersonId,
  MAX_LOOKUP_IDS,
  MAX_PERSONS_PAGE,
  pageOfPersons,
  personsPageFields,
} from './query/drill-down.js';
export type { PersonsPage } from './query/drill-down.js';
export type { PathsQuery } from './query/paths-query.js';
export { RETENTION_PERIODS, retentionQuerySchema } from './query/retention-query.js';
export { JOURNEY_QUERY_KINDS, journeyQuerySchema } from './query/journey-query.js';
export {
  attributionResultSchema,
  conformanceResultSchema,
  frictionResultSchema,
  funnelResultSchema,
  pathsResultSchema,
  personsPageSchema,
  retentionResultSchema,
} from './query/journey-results.js';
export type {
  AttributionAnswer,
  ConformanceAnswer,
  FrictionAnswer,
  FunnelAnswer,
  PathsAnswer,
  RetentionAnswer,
} from './query/journey-results.js';
export type { JourneyQuery, JourneyQueryKind } from './query/journey-query.js';
export { savedQueryInputSchema } from './query/saved-query.js';
export type { SavedQuery, SavedQueryBody, SavedQueryInput } from './query/saved-query.js';
export type { RetentionPeriod, RetentionQuery } from './query/retention-query.js';
export type { FunnelQuery, FunnelQueryInput } from './query/funnel-query.js';
export { funnelPersonsRequestSchema, funnelSelectorSchema } from './query/funnel-persons-query.js';
export type { FunnelPersonsRequest, FunnelSelector } from './query/funnel-persons-query.js';
export { retentionPersonsRequestSchema, retentionSelectorSchema } from './query/retention-persons-query.js';
export type { RetentionPersonsRequest, RetentionSelector } from './query/retention-persons-query.js';
export { pathsPersonsRequestSchema, pathsSelectorSchema } from './query/paths-persons-query.js';
export type { PathsPersonsRequest, PathsSelector } from './query/paths-persons-query.js';
export {
  DURATION_UNITS,
  dateRangeSchema,
  durationMs,
  durationSchema,
  journeyStepSchema,
  queryScopeFields,
} from './query/query-scope.js';
export type { DateRange, Duration, JourneyStep } from './query/query-scope.js';
export { touchpointDraftSchema, touchpointSchema } from './touchpoint.js';
export type { Touchpoint, TouchpointInput } from './touchpoint.js';
export { workspaceIdSchema, workspaceSchema } from './workspace.js';
export type { Workspace } from './workspace.js';

export { applyOperation, applyOperations } from './map/apply-operation.js';
export type { AppliedOperation } from './map/apply-operation.js';
export { OPPORTUNITY_STATUSES, cellContentSchema } from './map/cell-content.js';
export {
  KPI_NEAR_SHARE,
  KPI_STANDINGS,
  MEASURE_TIME_UNITS,
  kpiStanding,
  measurePointSchema,
  metricMeasureSchema,
} from './map/metric-measure.js';
export type { KpiStanding, MeasurePoint, MetricMeasure } from './map/metric-measure.js';
export type { CellContent, CellContentInput } from './map/cell-content.js';
export {
  JOURNEY_TYPES,
  MAP_KINDS,
  MAP_STATUSES,
  MILESTONES,
  emotionScaleSchema,
  journeyMapFieldsSchema,
  journeyMapSchema,
  laneSchema,
  mapGoalSchema,
  resourceSchema,
  stageSchema,
  stepSchema,
} from './map/journey-map.js';
export type {
  Cells,
  EmotionScale,
  JourneyMap,
  JourneyMapInput,
  Lane,
  MapGoal,
  Resource,
  Stage,
  Step,
} from './map/journey-map.js';
export { journeyMapProblems } from './map/journey-map-problems.js';
export type { MapProblem } from './map/journey-map-problems.js';
export { BACKSTAGE_LANE_KINDS, CELL_SHAPE_OF_LANE, LANE_KINDS, laneKindSchema } from './map/lane-kind.js';
export type { CellShape, LaneKind } from './map/lane-kind.js';
export { CURRENT_MAP_SCHEMA_VERSION, MAP_DOCUMENT_FORMAT, mapDocumentSchema } from './map/map-document.js';
export type { MapDocument } from './map/map-document.js';
export {
  MAP_DOCUMENT_MIGRATIONS,
  MapDocumentVersionError,
  downgradeMapDocument,
  migrateMapDocument,
} from './map/map-document-migrations.js';
export type { MapDocumentMigration } from './map/map-document-migrations.js';
export { MapOperationError } from './map/map-operation-error.js';
export type { MapOperationErrorCode } from './map/map-operation-error.js';
export { mapOperationSchema } from './map/operations.js';
export type { MapOperation, MapOperationInput, MapOperationType, OperationOf } from './map/operations.js';

export { instantiateTemplate, templateTouchpointId } from './templates/instantiate-template.js';
export type {
  MapTemplate,
  TemplateCell,
  TemplateCellContent,
  TemplateLane,
  TemplateResource,
  TemplateStage,
  TemplateStep,
  TemplateTouchpoint,
} from './templates/map-template.js';
export { MAP_TEMPLATES, findTemplate } from './templates/template-catalogue.js';
export { referencedTouchpointIds, touchpointLocations } from './map/map-references.js';
export type { CellLocation } from './map/map-references.js';
export { duplicateLaneOperation, duplicateStageOperation, duplicateStepOperation } from './map/duplicate.js';
