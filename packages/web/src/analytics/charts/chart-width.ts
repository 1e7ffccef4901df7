import { createContext, useContext, useEffect, useState, type RefObject } from 'react';

/** The width charts are laid out for when their frame has not been measured yet. */
export const DEFAULT_CHART_WIDTH = 760;

const ChartWidthContext = createContext(DEFAULT_CHART_WIDTH);
export const ChartWidthProvider = ChartWidthContext.Provider;

/** The width a chart has to fill, in CSS pixels: its frame's, within readable bounds. */
export const useChartWidth = () => useContext(ChartWidthContext);

/** An element's content width, followed as it resizes, within [min, max] and in steps of 20 px. */
export function useElementWidth(ref: RefObject<HTMLElement | null>, min: number, max: number): number {
  const [width, setWidth] = useState(DEFAULT_CHART_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => {
      const measured = Math.floor(element.clientWidth / 20) * 20;
      setWidth(Math.min(max, Math.max(min, measured)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, min, max]);
  return width;
}
