import { useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import './flow.css';
import { flowArcs } from './flow-geometry';
import { useMapMetrics } from './MapMetricsContext';

interface Layout {
  readonly width: number;
  readonly height: number;
  readonly centres: ReadonlyMap<string, number>;
}

/**
 * Designed vs actual over the step headers: the most travelled moves between the map's steps
 * as arcs (flow-geometry.ts). It shares the step headers' grid row and sticks with them, so the
 * arcs stay in view while the lanes scroll; step centres are measured from the page, which
 * mirrors the drawing in RTL and follows column resizes.
 */
export function FlowOverlay({
  columnCount,
  stepOrder,
}: {
  columnCount: number;
  stepOrder: readonly string[];
}) {
  const t = useT();
  const state = useMapMetrics();
  const flow = state?.flowShown ? state.metrics?.flow : null;
  const ref = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<Layout | null>(null);

  useLayoutEffect(() => {
    const overlay = ref.current;
    if (!overlay || !flow) return undefined;
    const measure = () => {
      const box = overlay.getBoundingClientRect();
      const centres = new Map<string, number>();
      overlay.parentElement
        ?.querySelectorAll<HTMLElement>('[data-testid="step-header"]')
        .forEach((header) => {
          const rect = header.getBoundingClientRect();
          centres.set(header.dataset['stepId'] ?? '', rect.left + rect.width / 2 - box.left);
        });
      setLayout({ width: box.width, height: box.height, centres });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(overlay);
    return () => observer.disconnect();
  }, [flow, columnCount, stepOrder]);

  if (!flow) return null;
  const arcs = layout ? flowArcs(flow.edges, layout.centres, stepOrder, layout.height) : [];
  return (
    <div
      ref={ref}
      className="flow-overlay"
      style={{ gridRow: 2, gridColumn: `2 / span ${columnCount}` }}
      data-testid="flow-overlay"
    >
      {layout ? (
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-label={t('metrics.flowOverlay')}
        >
          <defs>
            {['designed', 'off'].map((kind) => (
              <marker
                key={kind}
                id={`flow-arrow-${kind}`}
                viewBox="0 0 10 10"
                refX="8"
                refY="5"
                markerWidth="4"
                markerHeight="4"
                orient="auto-start-reverse"
              >
                <path d="M 0 0 L 10 5 L 0 10 z" className={`flow-arrow ${kind}`} />
              </marker>
            ))}
          </defs>
          {arcs.map((arc) => (
            <path
              key={arc.key}
              d={arc.d}
              className={`flow-edge${arc.designed ? ' designed' : ' off'}${arc.backward ? ' backward' : ''}`}
              strokeWidth={arc.strokeWidth}
              markerEnd={`url(#flow-arrow-${arc.designed ? 'designed' : 'off'})`}
              data-testid="flow-edge"
              data-source={arc.sourceStepId}
              data-target={arc.targetStepId}
              data-journeys={arc.journeys}
              data-designed={arc.designed}
            />
          ))}
        </svg>
      ) : null}
    </div>
  );
}
