import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { MapEditorPage } from '../editor/MapEditorPage';
import { PresentationPage } from '../editor/PresentationPage';
import { LanguageSwitcher } from './LanguageSwitcher';
import { HomePage } from '../pages/HomePage';
import { AnalyticsPage } from '../analytics/AnalyticsPage';
import { PersonsPage as CustomersPage } from '../persons/PersonsPage';
import { PersonTimelinePage } from '../persons/PersonTimelinePage';
import { PersonasPage } from '../pages/PersonasPage';
import { TouchpointsPage } from '../pages/TouchpointsPage';
import { routeHref, useHashRoute } from './useHashRoute';
import { useT } from '../i18n/useT';

export function App() {
  const t = useT();
  const route = useHashRoute();
  const workspaces = useQuery({ queryKey: ['workspaces'], queryFn: api.workspaces });
  const workspaceId = route.workspaceId ?? workspaces.data?.items[0]?.id ?? null;

  return (
    <div className="app">
      <header className="app-header">
        <a className="brand" href={routeHref({ page: 'home', workspaceId })}>
          {t('app.name')}
        </a>
        <nav aria-label={t('nav.label')} className="app-nav">
          <a href={routeHref({ page: 'home', workspaceId })}>{t('nav.maps')}</a>
          {workspaceId ? (
            <a href={routeHref({ page: 'personas', workspaceId })}>{t('nav.personas')}</a>
          ) : null}
          {workspaceId ? (
            <a href={routeHref({ page: 'touchpoints', workspaceId })}>{t('nav.touchpoints')}</a>
          ) : null}
          {workspaceId ? (
            <a href={routeHref({ page: 'analytics', workspaceId, savedQueryId: null })}>
              {t('nav.analytics')}
            </a>
          ) : null}
          {workspaceId ? <a href={routeHref({ page: 'persons', workspaceId })}>{t('nav.persons')}</a> : null}
          <a href="/api/docs">{t('nav.api')}</a>
        </nav>
        <LanguageSwitcher />
      </header>
      <main className="app-main">
        {route.page === 'present' ? (
          <PresentationPage workspaceId={route.workspaceId} mapId={route.mapId} />
        ) : route.page === 'compare' ? (
          <div className="side-by-side" data-testid="side-by-side">
            <MapEditorPage workspaceId={route.workspaceId} mapId={route.mapId} />
            <MapEditorPage workspaceId={route.workspaceId} mapId={route.otherMapId} />
          </div>
        ) : route.page === 'map' ? (
          <MapEditorPage workspaceId={route.workspaceId} mapId={route.mapId} />
        ) : route.page === 'touchpoints' ? (
          <TouchpointsPage workspaceId={route.workspaceId} />
        ) : route.page === 'personas' ? (
          <PersonasPage workspaceId={route.workspaceId} />
        ) : route.page === 'analytics' ? (
          <AnalyticsPage workspaceId={route.workspaceId} savedQueryId={route.savedQueryId} />
        ) : route.page === 'persons' ? (
          <CustomersPage workspaceId={route.workspaceId} />
        ) : route.page === 'person' ? (
          <PersonTimelinePage workspaceId={route.workspaceId} personId={route.personId} />
        ) : workspaceId ? (
          <HomePage workspaceId={workspaceId} />
        ) : (
          <p className="muted">{workspaces.isLoading ? t('common.loading') : t('home.noWorkspace')}</p>
        )}
      </main>
    </div>
  );
}
