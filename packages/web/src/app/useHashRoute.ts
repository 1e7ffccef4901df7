import { useEffect, useState } from 'react';

export type Route =
  | { page: 'home'; workspaceId: string | null }
  | { page: 'touchpoints'; workspaceId: string }
  | { page: 'personas'; workspaceId: string }
  | { page: 'analytics'; workspaceId: string; savedQueryId: string | null }
  | { page: 'persons'; workspaceId: string }
  | { page: 'person'; workspaceId: string; personId: string }
  | { page: 'map'; workspaceId: string; mapId: string }
  | { page: 'present'; workspaceId: string; mapId: string }
  | { page: 'compare'; workspaceId: string; mapId: string; otherMapId: string };

/** `#/w/:ws` and `#/w/:ws/maps/:id`: hash routes need no server fallback and survive reloads. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'w' && parts[1]) {
    if (parts[2] === 'maps' && parts[3] && parts[4] === 'present') {
      return { page: 'present', workspaceId: parts[1], mapId: parts[3] };
    }
    if (parts[2] === 'maps' && parts[3] && parts[4] === 'compare' && parts[5]) {
      return { page: 'compare', workspaceId: parts[1], mapId: parts[3], otherMapId: parts[5] };
    }
    if (parts[2] === 'maps' && parts[3]) return { page: 'map', workspaceId: parts[1], mapId: parts[3] };
    if (parts[2] === 'touchpoints') return { page: 'touchpoints', workspaceId: parts[1] };
    if (parts[2] === 'personas') return { page: 'personas', workspaceId: parts[1] };
    if (parts[2] === 'analytics')
      return { page: 'analytics', workspaceId: parts[1], savedQueryId: parts[3] ?? null };
    if (parts[2] === 'persons' && parts[3])
      return { page: 'person', workspaceId: parts[1], personId: parts[3] };
    if (parts[2] === 'persons') return { page: 'persons', workspaceId: parts[1] };
    return { page: 'home', workspaceId: parts[1] };
  }
  return { page: 'home', workspaceId: null };
}

export function routeHref(route: Route): string {
  if (route.workspaceId === null) return '#/';
  const workspace = `#/w/${encodeURIComponent(route.workspaceId)}`;
  switch (route.page) {
    case 'home':
      return workspace;
    case 'touchpoints':
    case 'personas':
    case 'persons':
      return `${workspace}/${route.page}`;
    case 'analytics':
      return route.savedQueryId === null
        ? `${workspace}/analytics`
        : `${workspace}/analytics/${encodeURIComponent(route.savedQueryId)}`;
    case 'person':
      return `${workspace}/persons/${encodeURIComponent(route.personId)}`;
    case 'map':
      return `${workspace}/maps/${encodeURIComponent(route.mapId)}`;
    case 'present':
      return `${workspace}/maps/${encodeURIComponent(route.mapId)}/present`;
    case 'compare':
      return `${workspace}/maps/${encodeURIComponent(route.mapId)}/compare/${encodeURIComponent(route.otherMapId)}`;
  }
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
