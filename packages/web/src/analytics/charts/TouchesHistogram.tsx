import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import type { ConformanceResult } from '../analytics-results';
import { SvgPersons } from '../drill';
import { useAnalyticsFormat } from '../useAnalyticsFormat';
import { ACCENT, ChartSvg, MUTED } from './ChartSvg';
import { useChartWidth } from './chart-width';
import { histogramLayout } from './histogram-geometry';

/**
 * Touchpoints per journey: journeys per touch count, fewest first (right to left in fa and ar);
 * the designed number of steps stands out. Counts are drill-downs.
 */
export function TouchesHistogram({ result }: { result: ConformanceResult }) {
  const t = useT();
  const format = useAnalyticsFormat();
  const rtl = useLocale().direction === 'rtl';
  const width = useChartWidth();
  const { histogram, expected } = result.touchpointCount;
  const layout = histogramLayout(
    histogram.map((bucket) => bucket.journeys),
    rtl,
    width,
  );
  return (
    <ChartSvg
      width={layout.width}
      height={layout.height}
      label={t('analytics.conformance.histogram')}
      testId="touches-histogram"
    >
      <text x={layout.width / 2} y={18} textAnchor="middle" fontWeight={600}>
        {t('analytics.conformance.headline', {
          journeys: result.journeys,
          fit: format.share(result.fitShare),
          complete: format.share(result.completeShare),
        })}
      </text>
      <line x1={8} x2={layout.width - 8} y1={layout.baseline} y2={layout.baseline} stroke="#d7dce4" />
      {layout.bars.map((bar) => {
        const bucket = histogram[bar.index];
        if (!bucket) return null;
        const designed = bucket.touches === expected;
        return (
          <g
            key={bucket.touches}
            data-testid="histogram-bar"
            data-touches={bucket.touches}
            data-journeys={bucket.journeys}
          >
            <rect
              x={bar.x}
              y={bar.y}
              width={bar.width}
              height={Math.max(bar.height, 1)}
              rx={2}
              fill={designed ? '#009e73' : ACCENT}
            />
            <SvgPersons
              x={bar.centreX}
              y={bar.y - 5}
              textAnchor="middle"
              fontSize={12}
              persons={bucket.journeys}
              select={{ kind: 'touchCount', touches: bucket.touches }}
              title={t('analytics.conformance.touchesTitle', {
                touches: bucket.touches,
                journeys: bucket.journeys,
              })}
            >
              {format.count(bucket.journeys)}
            </SvgPersons>
            <text
              x={bar.centreX}
              y={layout.baseline + 16}
              textAnchor="middle"
              fill={designed ? '#00684c' : MUTED}
              fontWeight={designed ? 700 : 400}
            >
              {format.count(bucket.touches)}
            </text>
          </g>
        );
      })}
      <text x={layout.width / 2} y={layout.baseline + 34} textAnchor="middle" fill={MUTED} fontSize={12}>
        {t('analytics.conformance.axis', { expected })}
      </text>
    </ChartSvg>
  );
}
