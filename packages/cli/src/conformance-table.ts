import type { ConformanceResult } from '@safar/analytics';
import type { DfgNode } from '@safar/core';

const TOP_EDGES = 10;
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const whole = (value: number) => value.toLocaleString('en');
const shareOf = (part: number, all: number) => percent(all === 0 ? 0 : part / all);

/** Fit, deviations, touches per journey and the most frequent moves of a conformance result. */
export function conformanceTable(result: ConformanceResult, topEdges = TOP_EDGES): string {
  const node = (value: DfgNode) =>
    typeof value === 'number' ? `${value}. ${result.steps[value - 1] ?? ''}` : value;
  const deviation = (name: string, count: { journeys: number; occurrences: number }) =>
    `  ${name.padEnd(18)} ${whole(count.journeys).padStart(9)} ${whole(count.occurrences).padStart(12)}`;
  const touches = result.touchpointCount;
  const edges = result.edges
    .slice(0, topEdges)
    .map(
      (edge, index) =>
        `${String(index + 1).padStart(3)}. ${`${node(edge.source)} -> ${node(edge.target)}`.padEnd(60).slice(0, 60)} ` +
        `${whole(edge.journeys).padStart(9)} ${whole(edge.occurrences).padStart(9)}${edge.designed ? '  designed' : ''}`,
    );
  return `${[
    `${whole(result.journeys)} journeys; ${whole(result.fitting)} fit the designed order (${percent(result.fitShare)}), ` +
      `${whole(result.complete)} of them to the last step (${percent(result.completeShare)})`,
    `Deviations           journeys  occurrences`,
    deviation('skipped steps', result.deviations.skipped),
    deviation('out of order', result.deviations.outOfOrder),
    deviation('loops', result.deviations.loops),
    deviation('unmapped events', result.deviations.unmapped),
    `Touchpoints per journey: ${touches.expected} designed; average ${touches.average?.toFixed(1) ?? '-'}, median ${touches.median ?? '-'}`,
    `  fewer ${whole(touches.fewer)} (${shareOf(touches.fewer, result.journeys)})  ` +
      `as designed ${whole(touches.equal)} (${shareOf(touches.equal, result.journeys)})  ` +
      `more ${whole(touches.more)} (${shareOf(touches.more, result.journeys)})`,
    `Most frequent moves${' '.repeat(46)}journeys     times`,
    ...edges,
  ].join('\n')}\n`;
}
