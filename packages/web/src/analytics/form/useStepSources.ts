import type { Touchpoint } from '@safar/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, type MapSummary } from '../../api/client';

export interface StepSources {
  readonly workspaceId: string;
  readonly touchpoints: readonly Touchpoint[];
  readonly maps: readonly MapSummary[];
  /** Event names the catalogue's matchers use, offered (after those the data holds) for a raw event step. */
  readonly eventNames: readonly string[];
}

const COMMON_EVENTS = ['page', 'screen'];

/** What steps are chosen from: the workspace's touchpoint catalogue, its maps (their stages), event names. */
export function useStepSources(workspaceId: string): StepSources {
  const touchpoints = useQuery({
    queryKey: ['touchpoints', workspaceId],
    queryFn: () => api.touchpoints(workspaceId),
  });
  const maps = useQuery({ queryKey: ['maps', workspaceId, ''], queryFn: () => api.maps(workspaceId) });
  return useMemo(() => {
    const catalogue = touchpoints.data?.items.map((item) => item.touchpoint) ?? [];
    const names = new Set(COMMON_EVENTS);
    for (const touchpoint of catalogue) if (touchpoint.eventMatcher) names.add(touchpoint.eventMatcher.event);
    return {
      workspaceId,
      touchpoints: catalogue,
      maps: maps.data?.items ?? [],
      eventNames: [...names].sort(),
    };
  }, [workspaceId, touchpoints.data, maps.data]);
}
