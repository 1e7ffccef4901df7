import type {
  AttributionAnswer,
  ConformanceAnswer,
  FrictionAnswer,
  FunnelAnswer,
  PathsAnswer,
  RetentionAnswer,
} from '@safar/core';

/** The answers of `POST /api/workspaces/:ws/analytics/<kind>`: core's contract, which the server declares. */
export type FunnelResult = FunnelAnswer;
export type FunnelStepResult = FunnelResult['steps'][number];
export type PathsResult = PathsAnswer;
export type PathEdge = PathsResult['edges'][number];
export type RetentionResult = RetentionAnswer;
export type RetentionCohort = RetentionResult['cohorts'][number];
export type AttributionResult = AttributionAnswer;
export type AttributionRow = AttributionResult['rows'][number];
export type FrictionResult = FrictionAnswer;
export type FrictionItem = FrictionResult['items'][number];
export type ConformanceResult = ConformanceAnswer;
export type ConformanceCount = ConformanceResult['deviations'][keyof ConformanceResult['deviations']];
