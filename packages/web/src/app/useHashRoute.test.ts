import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './useHashRoute';

describe('hash routes', () => {
  const routes: Route[] = [
    { page: 'home', workspaceId: null },
    { page: 'home', workspaceId: 'demo' },
    { page: 'personas', workspaceId: 'demo' },
    { page: 'touchpoints', workspaceId: 'demo' },
    { page: 'analytics', workspaceId: 'demo', savedQueryId: null },
    { page: 'analytics', workspaceId: 'demo', savedQueryId: 'q 1' },
    { page: 'persons', workspaceId: 'demo' },
    { page: 'person', workspaceId: 'demo', personId: 'u:ali@example.com' },
    { page: 'map', workspaceId: 'demo', mapId: 'a b' },
    { page: 'present', workspaceId: 'demo', mapId: 'm1' },
    { page: 'compare', workspaceId: 'demo', mapId: 'm1', otherMapId: 'm2' },
  ];
  it.each(routes)('round-trips $page', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });
});
