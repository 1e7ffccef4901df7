import { useT } from '../i18n/useT';
import { QUERY_KINDS } from './analytics-kinds';
import { QueryForm } from './QueryForm';
import { ResultPanel } from './ResultPanel';
import { SavedQueriesList } from './saved/SavedQueriesList';
import { SaveQueryForm } from './saved/SaveQueryForm';
import { useAnalyticsState } from './useAnalyticsState';
import './analytics.css';

/**
 * Journey analytics (docs/analytics.md): pick a kind, build its spec, run it, read the chart,
 * drill into the persons behind a number, export, save. `#/w/:ws/analytics/:savedQueryId` opens
 * a saved query and runs it.
 */
export function AnalyticsPage({
  workspaceId,
  savedQueryId,
}: {
  workspaceId: string;
  savedQueryId: string | null;
}) {
  const t = useT();
  const state = useAnalyticsState(workspaceId, savedQueryId);
  const { result } = state;
  const open = state.savedQuery;
  // The open saved query names the page while its kind is the one shown.
  const named = open && open.kind === state.kind ? open : null;
  return (
    <div className="analytics-page" data-testid="analytics-page">
      <header className="analytics-header">
        <h1>{named ? t('analytics.titleNamed', { name: named.name }) : t('analytics.title')}</h1>
        <div className="kind-picker" role="group" aria-label={t('analytics.kind.label')}>
          {QUERY_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              aria-pressed={state.kind === kind}
              data-testid={`kind-${kind}`}
              onClick={() => state.setKind(kind)}
            >
              {t(`analytics.kind.${kind}`)}
            </button>
          ))}
        </div>
      </header>
      <p className="muted analytics-hint">{t(`analytics.hint.${state.kind}`)}</p>
      {state.savedError ? (
        <p className="error" role="alert">
          {t('analytics.saved.notFound', { reason: state.savedError.message })}
        </p>
      ) : null}
      <div className="analytics-layout">
        <aside className="analytics-side">
          <SavedQueriesList workspaceId={workspaceId} openId={savedQueryId} />
        </aside>
        <div className="analytics-main">
          <QueryForm
            key={state.formKey}
            workspaceId={workspaceId}
            spec={state.spec}
            issues={state.issues}
            running={result.isFetching}
            onChange={state.update}
            onRun={state.run}
          />
          <SaveQueryForm
            key={open?.id ?? 'new'}
            workspaceId={workspaceId}
            open={open}
            kind={state.kind}
            validDraft={state.validDraft}
          />
          <ResultPanel
            workspaceId={workspaceId}
            run={result.data}
            running={result.isFetching}
            error={result.error ? result.error.message : null}
            savedName={open?.name ?? null}
          />
        </div>
      </div>
    </div>
  );
}
