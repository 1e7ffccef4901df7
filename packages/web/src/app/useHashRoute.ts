import { useEffect, useState } from 'react';

export type Route =
  | { page: 'home'; workspaceId: string | null }
  | { page: 'touchpoints'; workspaceId: string }
  | { page: 'personas'; workspaceId: string }
  | { page: 'map'; workspaceId: string; mapId: string };

/** `#/w/:ws` and `#/w/:ws/maps/:id`: hash routes need no server fallback and survive reloads. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'w' && parts[1]) {
    if (parts[2] === 'maps' && parts[3]) return { page: 'map', workspaceId: parts[1], mapId: parts[3] };
    if (parts[2] === 'touchpoints') return { page: 'touchpoints', workspaceId: parts[1] };
    if (parts[2] === 'personas') return { page: 'personas', workspaceId: parts[1] };
    return { page: 'home', workspaceId: parts[1] };
  }
  return { page: 'home', workspaceId: null };
}

export function routeHref(route: Route): string {
  if (route.page === 'map')
    return `#/w/${encodeURIComponent(route.workspaceId)}/maps/${encodeURIComponent(route.mapId)}`;
  return route.workspaceId ? `#/w/${encodeURIComponent(route.workspaceId)}` : '#/';
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
