import type { SavedQuery } from '@safar/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createSavedQuery, updateSavedQuery } from '../../api/saved-queries';
import { routeHref } from '../../app/useHashRoute';
import { useT } from '../../i18n/useT';
import type { AnalyticsSpec, QueryKind } from '../analytics-kinds';
import { savedQueryBody } from './saved-query-body';

/**
 * Saving the query in the form under a name: as a new saved query (whose route then opens), or
 * over the one open, when it is of the same kind.
 */
export function SaveQueryForm({
  workspaceId,
  open,
  kind,
  validDraft,
}: {
  workspaceId: string;
  open: SavedQuery | null;
  /** The kind in the form: a saved query is overwritten only by a query of its kind. */
  kind: QueryKind;
  /** The form's spec when valid (null, with its issues shown, when not). */
  validDraft: () => AnalyticsSpec | null;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [name, setName] = useState(open?.name ?? '');
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: async ({ spec, asNew }: { spec: AnalyticsSpec; asNew: boolean }) => {
      const body = savedQueryBody(name.trim(), spec);
      return asNew || !open
        ? createSavedQuery(workspaceId, body)
        : updateSavedQuery(workspaceId, open.id, body);
    },
    onSuccess: async (stored) => {
      queryClient.setQueryData(['saved-query', workspaceId, stored.id], stored);
      await queryClient.invalidateQueries({ queryKey: ['saved-queries', workspaceId] });
      setSavedAs(stored.name);
      window.location.hash = routeHref({ page: 'analytics', workspaceId, savedQueryId: stored.id });
    },
  });
  const submit = (asNew: boolean) => {
    setSavedAs(null);
    const spec = validDraft();
    if (spec && name.trim() !== '') save.mutate({ spec, asNew });
  };
  const canOverwrite = open !== null && open.kind === kind;
  return (
    <form
      className="save-query"
      data-testid="save-query"
      aria-label={t('analytics.saved.save')}
      onSubmit={(event) => {
        event.preventDefault();
        submit(!canOverwrite);
      }}
    >
      <label className="analytics-field">
        <span>{t('analytics.saved.name')}</span>
        <input
          value={name}
          maxLength={200}
          required
          data-testid="save-query-name"
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <button type="submit" data-testid="save-query-submit" disabled={save.isPending || name.trim() === ''}>
        {canOverwrite ? t('analytics.saved.update') : t('analytics.saved.save')}
      </button>
      {canOverwrite ? (
        <button type="button" disabled={save.isPending || name.trim() === ''} onClick={() => submit(true)}>
          {t('analytics.saved.saveAsNew')}
        </button>
      ) : null}
      <span role="status" className="muted">
        {savedAs ? t('analytics.saved.done', { name: savedAs }) : ''}
      </span>
      {save.error ? (
        <p className="error" role="alert">
          {t('analytics.saved.failed', { reason: save.error.message })}
        </p>
      ) : null}
    </form>
  );
}
