import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getSavedQuery } from '../api/saved-queries';
import { rangeOfDays } from '../editor/metrics/living-map-range';
import { runAnalytics } from './analytics-api';
import {
  defaultDrafts,
  parseSpec,
  withDraft,
  withScopeOf,
  type AnalyticsSpec,
  type QueryKind,
  type SpecIssue,
} from './analytics-kinds';

/**
 * The analytics page's state: a draft per kind (switching kinds keeps each draft and carries the
 * scope over), the spec last run and its answer, and the saved query the route opens, which is
 * loaded into the form and run.
 */
export function useAnalyticsState(workspaceId: string, savedQueryId: string | null) {
  const [drafts, setDrafts] = useState(() => defaultDrafts(rangeOfDays(90)));
  const [kind, setKindState] = useState<QueryKind>('funnel');
  const [ran, setRan] = useState<AnalyticsSpec | null>(null);
  const [issues, setIssues] = useState<SpecIssue[]>([]);
  /** Bumped when a saved query replaces the form, so fields with local state start afresh. */
  const [formKey, setFormKey] = useState(0);

  const saved = useQuery({
    queryKey: ['saved-query', workspaceId, savedQueryId],
    queryFn: () => getSavedQuery(workspaceId, savedQueryId ?? ''),
    enabled: savedQueryId !== null,
  });
  const loaded = useRef<string | null>(null);
  useEffect(() => {
    const query = saved.data;
    if (!query || savedQueryId !== query.id) return;
    const version = `${query.id}@${query.updatedAt}`;
    if (loaded.current === version) return;
    loaded.current = version;
    const parsed = parseSpec(query.query);
    if (!parsed.ok) {
      setIssues(parsed.issues);
      return;
    }
    setDrafts((current) => withDraft(current, parsed.spec));
    setKindState(parsed.spec.kind);
    setRan(parsed.spec);
    setIssues([]);
    setFormKey((key) => key + 1);
  }, [saved.data, savedQueryId]);

  const result = useQuery({
    queryKey: ['analytics', workspaceId, ran],
    queryFn: () => {
      if (!ran) throw new Error('nothing to run');
      return runAnalytics(workspaceId, ran);
    },
    enabled: ran !== null,
    retry: false,
    staleTime: 60_000,
  });

  const spec = drafts[kind];
  const setKind = useCallback(
    (next: QueryKind) => {
      setDrafts((current) => withDraft(current, withScopeOf(current[next], current[kind])));
      setKindState(next);
      setIssues([]);
    },
    [kind],
  );
  const update = useCallback(
    (changed: AnalyticsSpec) => setDrafts((current) => withDraft(current, changed)),
    [],
  );
  /** The draft checked by core's schema, or null with the issues shown. */
  const validDraft = useCallback((): AnalyticsSpec | null => {
    const parsed = parseSpec(spec);
    setIssues(parsed.ok ? [] : parsed.issues);
    return parsed.ok ? parsed.spec : null;
  }, [spec]);
  const run = useCallback(() => {
    const valid = validDraft();
    if (!valid) return;
    if (JSON.stringify(valid) === JSON.stringify(ran)) void result.refetch();
    else setRan(valid);
  }, [validDraft, ran, result]);

  return {
    kind,
    spec,
    setKind,
    update,
    run,
    validDraft,
    issues,
    formKey,
    result,
    savedQuery: savedQueryId !== null && saved.data?.id === savedQueryId ? saved.data : null,
    savedError: saved.error,
  };
}
export type AnalyticsState = ReturnType<typeof useAnalyticsState>;
