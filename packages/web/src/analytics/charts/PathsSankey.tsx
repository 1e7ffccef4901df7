import { useMemo, type KeyboardEvent } from 'react';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import type { AnalyticsRun } from '../analytics-api';
import { useDrill } from '../drill';
import { useAnalyticsFormat } from '../useAnalyticsFormat';
import { isolate, seriesColour, shorten } from './chart-geometry';
import { ChartSvg } from './ChartSvg';
import { useChartWidth } from './chart-width';
import { sankeyLayout } from './sankey-layout';

/**
 * Paths as a Sankey (d3-sankey): a column per step after (or before) the anchor, a band per
 * move as thick as the persons who made it. Bands are drill-downs; paths flow right to left in
 * fa and ar.
 */
export function PathsSankey({ run }: { run: Extract<AnalyticsRun, { kind: 'paths' }> }) {
  const t = useT();
  const format = useAnalyticsFormat();
  const drill = useDrill();
  const rtl = useLocale().direction === 'rtl';
  const width = useChartWidth();
  const layout = useMemo(() => sankeyLayout(run.result.edges, rtl, width), [run.result.edges, rtl, width]);
  if (layout.nodes.length === 0) return <p className="muted">{t('analytics.noResult')}</p>;
  const colourOf = new Map(
    layout.nodes.filter((node) => node.level === 0).map((node, index) => [node.id, index]),
  );
  return (
    <ChartSvg
      width={layout.width}
      height={layout.height}
      label={t('analytics.kind.paths')}
      testId="paths-sankey"
    >
      <g fill="none">
        {layout.links.map((link) => {
          const title = t('analytics.paths.edgeTitle', {
            source: link.edge.source,
            target: link.edge.target,
            persons: link.edge.persons,
          });
          const open = () =>
            drill({
              select: { level: link.edge.level, source: link.edge.source, target: link.edge.target },
              title,
            });
          return (
            <path
              key={`${link.sourceId}>${link.targetId}`}
              className="sankey-link chart-drill"
              d={link.path}
              stroke={seriesColour(colourOf.get(link.sourceId) ?? link.edge.level + 1)}
              strokeOpacity={0.35}
              strokeWidth={link.width}
              role="button"
              tabIndex={0}
              aria-label={t('analytics.drill.hint', { title })}
              data-testid="sankey-link"
              data-persons={link.edge.persons}
              onClick={open}
              onKeyDown={(event: KeyboardEvent) => {
                if (event.key !== 'Enter' && event.key !== ' ') return;
                event.preventDefault();
                open();
              }}
            >
              <title>{title}</title>
            </path>
          );
        })}
      </g>
      {layout.nodes.map((node) => (
        <g key={node.id} data-testid="sankey-node">
          <rect
            x={node.x0}
            y={node.y0}
            width={node.x1 - node.x0}
            height={Math.max(node.y1 - node.y0, 1)}
            fill="#334155"
            rx={2}
          >
            <title>{`${node.name}: ${format.count(node.persons)}`}</title>
          </rect>
          <text
            x={node.labelX}
            y={(node.y0 + node.y1) / 2 + 4}
            textAnchor={node.labelAnchor}
            fontSize={12}
            stroke="#ffffff"
            strokeWidth={3}
            strokeLinejoin="round"
            paintOrder="stroke"
          >
            {isolate(shorten(node.name, 30))}
          </text>
        </g>
      ))}
    </ChartSvg>
  );
}
