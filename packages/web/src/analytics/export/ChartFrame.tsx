import { useRef, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { ChartWidthProvider, useElementWidth } from '../charts/chart-width';
import { downloadBlob } from '../../export/download';
import { chartSize, chartSvgFile, svgFileToPng } from './chart-export';
import { csvOf, type CsvValue } from '../../export/csv';
import { exportFileName } from './file-name';

/**
 * A result's frame: its heading and the exports: the chart (the first `svg.analytics-chart`
 * inside) as SVG or PNG, and the result table as CSV.
 */
export function ChartFrame({
  kind,
  title,
  name,
  csvRows,
  children,
}: {
  kind: string;
  title: string;
  /** The saved query's name, for the file names. */
  name: string | null;
  csvRows: () => CsvValue[][];
  children: ReactNode;
}) {
  const t = useT();
  const body = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const width = useElementWidth(body, 480, 1200);
  const chart = () => body.current?.querySelector<SVGSVGElement>('svg.analytics-chart') ?? null;
  const attempt = (work: () => Promise<void>) => () => {
    setFailure(null);
    work().catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  };
  const exportSvg = attempt(async () => {
    const svg = chart();
    if (!svg) return;
    const file = await chartSvgFile(svg);
    downloadBlob(
      new Blob([file], { type: 'image/svg+xml;charset=utf-8' }),
      exportFileName(kind, 'svg', name),
    );
  });
  const exportPng = attempt(async () => {
    const svg = chart();
    if (!svg) return;
    const png = await svgFileToPng(await chartSvgFile(svg), chartSize(svg));
    downloadBlob(png, exportFileName(kind, 'png', name));
  });
  const exportCsv = attempt(async () => {
    downloadBlob(
      new Blob([csvOf(csvRows())], { type: 'text/csv;charset=utf-8' }),
      exportFileName(kind, 'csv', name),
    );
  });
  return (
    <section className="chart-frame" aria-label={title} data-testid="chart-frame">
      <div className="chart-toolbar">
        <h2>{title}</h2>
        <div className="chart-exports" role="group" aria-label={t('analytics.export.label')}>
          <button type="button" data-testid="export-png" onClick={exportPng}>
            {t('analytics.export.png')}
          </button>
          <button type="button" data-testid="export-svg" onClick={exportSvg}>
            {t('analytics.export.svg')}
          </button>
          <button type="button" data-testid="export-csv" onClick={exportCsv}>
            {t('analytics.export.csv')}
          </button>
        </div>
      </div>
      {failure ? (
        <p className="error" role="alert">
          {t('analytics.export.failed', { reason: failure })}
        </p>
      ) : null}
      <div className="chart-body" ref={body}>
        <ChartWidthProvider value={width}>{children}</ChartWidthProvider>
      </div>
    </section>
  );
}
