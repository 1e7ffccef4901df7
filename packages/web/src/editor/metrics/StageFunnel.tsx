import type { CSSProperties } from 'react';
import { useT } from '../../i18n/useT';
import { useMapMetrics } from './MapMetricsContext';
import { useMetricFormat } from './useMetricFormat';

/**
 * One stage's part of the funnel ribbon across the stage headers: the persons who reach it and
 * their share of the first stage (the bar), the median time from the previous stage, the
 * drop-off before the next, and loops and stalls on the stage.
 */
export function StageFunnel({ stageId }: { stageId: string }) {
  const t = useT();
  const format = useMetricFormat();
  const metrics = useMapMetrics()?.metrics;
  if (!metrics) return null;
  const stages = metrics.stageFunnel.stages;
  const index = stages.findIndex((stage) => stage.stageId === stageId);
  const stage = stages[index];
  if (!stage)
    return (
      <div className="stage-funnel unmeasured" data-testid="stage-funnel" data-stage-id={stageId}>
        <span className="muted">{t('metrics.stageNotMeasured')}</span>
      </div>
    );
  const next = stages[index + 1];
  const stageFriction =
    metrics.friction?.items.filter((item) => item.stageId === stageId && item.stepId === null) ?? [];
  const persons = (kind: 'loop' | 'stall') =>
    stageFriction.filter((item) => item.kind === kind).reduce((sum, item) => sum + item.persons, 0);
  const bar: CSSProperties = { inlineSize: `${Math.round(stage.conversionFromFirst * 100)}%` };
  return (
    <div
      className="stage-funnel"
      data-testid="stage-funnel"
      data-stage-id={stageId}
      data-persons={stage.persons}
      data-dropped-to-next={next?.droppedOff ?? ''}
    >
      <div className="funnel-bar" aria-hidden="true">
        <span style={bar} />
      </div>
      <div className="funnel-reached" data-testid="stage-persons">
        {t('metrics.stageReached', {
          persons: stage.persons,
          share: format.share(stage.conversionFromFirst),
        })}
      </div>
      {index > 0 && stage.medianMsFromPrevious !== null ? (
        <div className="funnel-time muted">
          {t('metrics.medianFromPrevious', { duration: format.duration(stage.medianMsFromPrevious) })}
        </div>
      ) : null}
      {next ? (
        <div className="funnel-drop" data-testid="stage-drop-off">
          <span aria-hidden="true" className="flip-rtl">
            {DROP}
          </span>{' '}
          {t('metrics.dropToNext', {
            persons: next.droppedOff,
            share: format.share(stage.persons === 0 ? 0 : next.droppedOff / stage.persons),
          })}
        </div>
      ) : null}
      {persons('loop') + persons('stall') > 0 ? (
        <div className="funnel-friction muted">
          {t('metrics.stageFriction', { loops: persons('loop'), stalls: persons('stall') })}
        </div>
      ) : null}
    </div>
  );
}

const DROP = '↘';
