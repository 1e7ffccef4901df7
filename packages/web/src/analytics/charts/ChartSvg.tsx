import type { ReactNode } from 'react';
import { useLocale } from '../../i18n/LocaleProvider';
import { CHART_FONT } from '../export/svg-file';

/**
 * A chart's <svg>: its own size in CSS pixels (it scales down to fit), white behind it, the
 * page's fonts and direction written on it so an exported file looks the same.
 */
export function ChartSvg({
  width,
  height,
  label,
  testId,
  children,
}: {
  width: number;
  height: number;
  label: string;
  testId: string;
  children: ReactNode;
}) {
  const { direction } = useLocale();
  return (
    <svg
      className="analytics-chart"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      direction={direction}
      fontFamily={CHART_FONT}
      fontSize={13}
      fill="#1c2430"
      role="group"
      aria-label={label}
      data-testid={testId}
    >
      <rect width={width} height={height} fill="#ffffff" />
      {children}
    </svg>
  );
}

/** A chart's muted text colour and its accent, as attributes so exports keep them. */
export const MUTED = '#5f6b7a';
export const ACCENT = '#2f5fd0';
export const LOSS = '#b42318';
