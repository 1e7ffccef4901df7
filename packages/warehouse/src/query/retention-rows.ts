import { retentionFromCounts, type ResolvedRetention, type RetentionResult } from '@safar/analytics';

/** Engine rows (cohort, after, persons; after 0 = cohort size) as the result. */
export function retentionFromRows(
  rows: readonly Record<string, unknown>[],
  retention: ResolvedRetention,
): RetentionResult {
  const cohortSizes = new Map<number, number>();
  const returns = new Map<number, Map<number, number>>();
  for (const row of rows) {
    const cohort = Number(row['cohort']);
    const after = Number(row['after']);
    const persons = Number(row['persons']);
    if (after === 0) cohortSizes.set(cohort, persons);
    else returns.set(cohort, (returns.get(cohort) ?? new Map<number, number>()).set(after, persons));
  }
  return retentionFromCounts({ cohortSizes, returns }, retention);
}
