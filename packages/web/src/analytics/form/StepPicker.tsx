import type { JourneyStep } from '@safar/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { api } from '../../api/client';
import { suggestionsApi } from '../../api/suggestions';
import { useT } from '../../i18n/useT';
import { EMPTY_EVENT_STEP } from '../analytics-kinds';
import type { StepSources } from './useStepSources';

const STEP_KINDS = ['touchpoint', 'stage', 'event'] as const;

/** A journey step: a catalogue touchpoint, a map's stage, or a raw event name. */
export function StepPicker({
  step,
  sources,
  label,
  onChange,
}: {
  step: JourneyStep;
  sources: StepSources;
  /** What the step is for, e.g. "Step 2" or "Conversion", for screen readers. */
  label: string;
  onChange: (step: JourneyStep) => void;
}) {
  const t = useT();
  const listId = useId();
  const mapId = step.kind === 'stage' ? step.mapId : '';
  const map = useQuery({
    queryKey: ['map', sources.workspaceId, mapId],
    queryFn: () => api.map(sources.workspaceId, mapId),
    enabled: mapId !== '',
  });
  const typed = step.kind === 'event' ? step.matcher.event.trim() : null;
  // Event names the data holds, most used first, as the user types (the binding picker's API).
  const seen = useQuery({
    queryKey: ['event-names', sources.workspaceId, typed],
    queryFn: () => suggestionsApi.eventNames(sources.workspaceId, typed ?? ''),
    enabled: typed !== null,
    staleTime: 60_000,
    retry: false,
  });
  const eventNames = [...new Set([...(seen.data?.map((item) => item.name) ?? []), ...sources.eventNames])];
  const switchTo = (kind: JourneyStep['kind']) => {
    if (kind === 'touchpoint') onChange({ kind, touchpointId: sources.touchpoints[0]?.id ?? '' });
    else if (kind === 'stage') onChange({ kind, mapId: sources.maps[0]?.id ?? '', stageId: '' });
    else onChange(EMPTY_EVENT_STEP);
  };
  return (
    <span className="step-picker" role="group" aria-label={label} data-testid="step-picker">
      <select
        aria-label={t('analytics.step.kind')}
        value={step.kind}
        onChange={(event) => switchTo(STEP_KINDS.find((kind) => kind === event.target.value) ?? 'event')}
      >
        {STEP_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`analytics.step.kind.${kind}`)}
          </option>
        ))}
      </select>
      {step.kind === 'touchpoint' ? (
        <select
          aria-label={t('analytics.step.touchpoint')}
          value={step.touchpointId}
          data-testid="step-touchpoint"
          onChange={(event) => onChange({ ...step, touchpointId: event.target.value })}
        >
          <option value="">{t('analytics.step.choose')}</option>
          {sources.touchpoints.map((touchpoint) => (
            <option key={touchpoint.id} value={touchpoint.id} disabled={!touchpoint.eventMatcher}>
              {touchpoint.name}
            </option>
          ))}
        </select>
      ) : step.kind === 'stage' ? (
        <>
          <select
            aria-label={t('analytics.step.map')}
            value={step.mapId}
            onChange={(event) => onChange({ ...step, mapId: event.target.value, stageId: '' })}
          >
            <option value="">{t('analytics.step.choose')}</option>
            {sources.maps.map((summary) => (
              <option key={summary.id} value={summary.id}>
                {summary.title}
              </option>
            ))}
          </select>
          <select
            aria-label={t('analytics.step.stage')}
            value={step.stageId}
            onChange={(event) => onChange({ ...step, stageId: event.target.value })}
          >
            <option value="">{t('analytics.step.choose')}</option>
            {map.data?.map.stages.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stage.name}
              </option>
            ))}
          </select>
        </>
      ) : (
        <>
          <input
            aria-label={t('analytics.step.event')}
            placeholder={t('analytics.step.event')}
            value={step.matcher.event}
            dir="ltr"
            list={listId}
            data-testid="step-event"
            onChange={(event) =>
              onChange({ ...step, matcher: { ...step.matcher, event: event.target.value } })
            }
          />
          <datalist id={listId}>
            {eventNames.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </>
      )}
    </span>
  );
}
