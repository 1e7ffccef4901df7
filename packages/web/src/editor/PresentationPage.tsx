import { CELL_SHAPE_OF_LANE, type JourneyMap } from '@safar/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { routeHref } from '../app/useHashRoute';
import { useLocale } from '../i18n/LocaleProvider';
import { useFormat } from '../i18n/useFormat';
import { useT } from '../i18n/useT';

/**
 * The map told stage by stage, full screen, for a meeting. Arrow keys move in reading order
 * (so in fa and ar the right arrow goes back); Escape returns to the editor.
 */
export function PresentationPage({ workspaceId, mapId }: { workspaceId: string; mapId: string }) {
  const t = useT();
  const { direction } = useLocale();
  const stored = useQuery({
    queryKey: ['map', workspaceId, mapId, 'present'],
    queryFn: () => api.map(workspaceId, mapId),
  });
  const [index, setIndex] = useState(0);
  const stageCount = stored.data?.map.stages.length ?? 0;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
      const back = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
      if (event.key === forward || event.key === ' ')
        setIndex((current) => Math.min(stageCount - 1, current + 1));
      if (event.key === back) setIndex((current) => Math.max(0, current - 1));
      if (event.key === 'Escape') window.location.hash = routeHref({ page: 'map', workspaceId, mapId });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [direction, stageCount, workspaceId, mapId]);

  useEffect(() => {
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  if (!stored.data) return <p className="muted">{t('common.loading')}</p>;
  const { map } = stored.data;
  const stage = map.stages[index];
  return (
    <div className="presentation" data-testid="presentation">
      <header className="presentation-header">
        <span className="muted" dir="auto">
          {map.title}
        </span>
        <span className="muted">{t('present.progress', { current: index + 1, total: stageCount })}</span>
        <a href={routeHref({ page: 'map', workspaceId, mapId })}>{t('present.exit')}</a>
      </header>
      {stage ? <StageSlide map={map} stageIndex={index} /> : <p className="muted">{t('present.empty')}</p>}
      <nav className="presentation-nav" aria-label={t('present.navigation')}>
        <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          <span className="flip-rtl" aria-hidden="true">
            ←
          </span>{' '}
          {t('present.previous')}
        </button>
        <button
          type="button"
          disabled={index >= stageCount - 1}
          onClick={() => setIndex(index + 1)}
          data-testid="present-next"
        >
          {t('present.next')}{' '}
          <span className="flip-rtl" aria-hidden="true">
            →
          </span>
        </button>
      </nav>
    </div>
  );
}

function StageSlide({ map, stageIndex }: { map: JourneyMap; stageIndex: number }) {
  const t = useT();
  const format = useFormat();
  const stage = map.stages[stageIndex];
  if (!stage) return null;
  const textLanes = map.lanes.filter((lane) => CELL_SHAPE_OF_LANE[lane.kind] === 'text');
  const emotionLane = map.lanes.find((lane) => lane.kind === 'emotions');
  return (
    <section className="slide" style={{ borderBlockStartColor: stage.colour }} aria-label={stage.name}>
      <h1 dir="auto">{stage.name}</h1>
      {stage.description ? <p dir="auto">{stage.description}</p> : null}
      <div className="slide-steps">
        {stage.steps.map((step) => {
          const emotion = emotionLane ? map.cells[emotionLane.id]?.[step.id] : undefined;
          return (
            <article
              key={step.id}
              className={`slide-step${step.momentOfTruth ? ' moment-of-truth' : ''}`}
              data-testid="slide-step"
            >
              <h2 dir="auto">
                {step.name}{' '}
                {step.momentOfTruth ? (
                  <span className="badge truth-badge">★ {t('editor.momentOfTruth')}</span>
                ) : null}
              </h2>
              {emotion?.shape === 'emotion' ? (
                <p className="muted">
                  {t('present.emotion', { score: format.number(emotion.score) })}{' '}
                  {emotion.note ? <bdi>— {emotion.note}</bdi> : null}
                </p>
              ) : null}
              <dl>
                {textLanes.map((lane) => {
                  const content = map.cells[lane.id]?.[step.id];
                  return content?.shape === 'text' ? (
                    <div key={lane.id}>
                      <dt>{lane.name}</dt>
                      <dd dir="auto">{content.text}</dd>
                    </div>
                  ) : null;
                })}
              </dl>
            </article>
          );
        })}
      </div>
    </section>
  );
}
