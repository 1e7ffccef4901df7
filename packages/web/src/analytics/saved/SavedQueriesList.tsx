import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteSavedQuery, listSavedQueries } from '../../api/saved-queries';
import { routeHref } from '../../app/useHashRoute';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';

/** The workspace's saved queries: open one (its route runs it) or delete it. */
export function SavedQueriesList({ workspaceId, openId }: { workspaceId: string; openId: string | null }) {
  const t = useT();
  const format = useFormat();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: ['saved-queries', workspaceId],
    queryFn: () => listSavedQueries(workspaceId),
  });
  const remove = useMutation({
    mutationFn: (id: string) => deleteSavedQuery(workspaceId, id),
    onSuccess: async (_, id) => {
      await queryClient.invalidateQueries({ queryKey: ['saved-queries', workspaceId] });
      if (id === openId)
        window.location.hash = routeHref({ page: 'analytics', workspaceId, savedQueryId: null });
    },
  });
  return (
    <nav className="saved-queries panel" aria-label={t('analytics.saved.title')} data-testid="saved-queries">
      <h2>{t('analytics.saved.title')}</h2>
      {list.isLoading ? <p className="muted">{t('common.loading')}</p> : null}
      {list.data?.length === 0 ? <p className="muted">{t('analytics.saved.none')}</p> : null}
      {remove.error ? (
        <p className="error" role="alert">
          {t('analytics.saved.failed', { reason: remove.error.message })}
        </p>
      ) : null}
      <ul>
        {list.data?.map((query) => (
          <li
            key={query.id}
            className={query.id === openId ? 'current' : undefined}
            data-testid="saved-query"
          >
            <a
              href={routeHref({ page: 'analytics', workspaceId, savedQueryId: query.id })}
              aria-current={query.id === openId ? 'page' : undefined}
            >
              <bdi>{query.name}</bdi>
            </a>
            <span className="muted">
              {t('analytics.saved.meta', {
                kind: t(`analytics.kind.${query.kind}`),
                date: format.date(query.updatedAt),
              })}
            </span>
            <button
              type="button"
              aria-label={t('common.deleteNamed', { name: query.name })}
              disabled={remove.isPending}
              onClick={() => {
                if (window.confirm(t('analytics.saved.confirmDelete', { name: query.name })))
                  remove.mutate(query.id);
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
