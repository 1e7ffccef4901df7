import { CONFORMANCE_DEVIATIONS, type JourneyMap, type MapFlowNode, type MapMetrics } from '@safar/core';
import { useT } from '../../i18n/useT';
import { useMetricFormat } from './useMetricFormat';

/**
 * Designed vs actual in words: the fitness of the map (share of journeys that follow the
 * designed order), the journeys with each deviation and the most travelled moves, including those
 * to and from unmapped events, which the overlay over the steps cannot draw.
 */
export function FlowPanel({ map, flow }: { map: JourneyMap; flow: MapMetrics['flow'] }) {
  const t = useT();
  const format = useMetricFormat();
  if (!flow)
    return (
      <div className="flow-panel" data-testid="flow-panel">
        <h3>{t('metrics.flow')}</h3>
        <p className="muted">{t('metrics.flowNotMeasured')}</p>
      </div>
    );
  const stepName = new Map(map.stages.flatMap((stage) => stage.steps.map((step) => [step.id, step.name])));
  const name = (node: MapFlowNode) =>
    node.kind === 'step' ? (stepName.get(node.stepId) ?? node.stepId) : t(`metrics.flowNode.${node.kind}`);
  return (
    <div className="flow-panel" data-testid="flow-panel">
      <h3>{t('metrics.flow')}</h3>
      <p data-testid="flow-fitness" data-fit-share={flow.fitShare}>
        <strong>{format.share(flow.fitShare)}</strong>{' '}
        {t('metrics.flowFitness', { journeys: flow.journeys, complete: format.share(flow.completeShare) })}
      </p>
      <ul className="flow-deviations">
        {CONFORMANCE_DEVIATIONS.map((deviation) => (
          <li key={deviation} data-testid="flow-deviation" data-deviation={deviation}>
            {t(`metrics.deviation.${deviation}`, { journeys: flow.deviations[deviation] })}
          </li>
        ))}
      </ul>
      <p className="flow-legend">
        <span className="flow-key designed" aria-hidden="true" /> {t('metrics.flowDesigned')}
        <span className="flow-key off" aria-hidden="true" /> {t('metrics.flowOff')}
      </p>
      <h4>{t('metrics.flowMoves')}</h4>
      <ol className="flow-moves">
        {flow.edges.map((edge) => (
          <li
            key={JSON.stringify([edge.source, edge.target])}
            className={edge.designed ? 'designed' : 'off'}
            data-testid="flow-move"
          >
            <bdi>{name(edge.source)}</bdi> {t('metrics.flowArrow')} <bdi>{name(edge.target)}</bdi>
            {' · '}
            {t('metrics.flowMoveJourneys', { journeys: edge.journeys })}
          </li>
        ))}
      </ol>
    </div>
  );
}
