import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { routeHref } from '../app/useHashRoute';
import { useLocale } from '../i18n/LocaleProvider';
import { useFormat } from '../i18n/useFormat';
import { useT } from '../i18n/useT';

/** The workspace home: the maps, a search, and the templates to start a new one from. */
export function HomePage({ workspaceId }: { workspaceId: string }) {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [title, setTitle] = useState('');
  const maps = useQuery({
    queryKey: ['maps', workspaceId, search],
    queryFn: () => api.maps(workspaceId, search),
  });
  const templates = useQuery({ queryKey: ['templates'], queryFn: api.templates });
  const create = useMutation({
    mutationFn: (body: { templateId?: string; title?: string }) =>
      api.createMap(workspaceId, { ...body, locale }),
    onSuccess: async (stored) => {
      await queryClient.invalidateQueries({ queryKey: ['maps', workspaceId] });
      window.location.hash = routeHref({ page: 'map', workspaceId, mapId: stored.map.id });
    },
  });

  return (
    <div className="home">
      <section aria-labelledby="maps-heading" className="panel">
        <div className="panel-header">
          <h1 id="maps-heading">{t('home.maps')}</h1>
          <input
            type="search"
            className="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder={t('home.search')}
            aria-label={t('home.search')}
          />
        </div>
        {maps.data && maps.data.items.length === 0 ? <p className="muted">{t('home.noMaps')}</p> : null}
        <ul className="map-list">
          {maps.data?.items.map((summary) => (
            <li key={summary.id} className="map-card">
              <a href={routeHref({ page: 'map', workspaceId, mapId: summary.id })} dir="auto">
                {summary.title}
              </a>
              <span className="muted">
                {t(`mapKind.${summary.kind}`)} · {t('home.stageCount', { count: summary.stageCount })} ·{' '}
                {format.dateTime(summary.updatedAt)}
              </span>
            </li>
          ))}
        </ul>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (title.trim()) create.mutate({ title: title.trim() });
          }}
        >
          <input
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            placeholder={t('home.newMapTitle')}
            aria-label={t('home.newMapTitle')}
          />
          <button type="submit" disabled={!title.trim() || create.isPending}>
            {t('home.createEmpty')}
          </button>
        </form>
      </section>
      <section aria-labelledby="templates-heading" className="panel">
        <h2 id="templates-heading">{t('home.templates')}</h2>
        <ul className="template-list">
          {templates.data?.items.map((template) => (
            <li key={template.id} className="template-card">
              <h3>{template.name[locale]}</h3>
              <p className="muted">{template.description[locale]}</p>
              <p className="muted">
                {t('home.templateShape', {
                  stages: template.stageCount,
                  steps: template.stepCount,
                  lanes: template.laneCount,
                })}
              </p>
              <button
                type="button"
                data-template={template.id}
                disabled={create.isPending}
                onClick={() => create.mutate({ templateId: template.id })}
              >
                {t('home.useTemplate')}
              </button>
            </li>
          ))}
        </ul>
        {create.error ? <p role="alert">{create.error.message}</p> : null}
      </section>
    </div>
  );
}
