import { createContext, useContext, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../i18n/useT';

/** One number's drill-down: the selector of its kind's persons request, and what to call it. */
export interface DrillRequest {
  readonly select: unknown;
  readonly title: string;
}

const DrillContext = createContext<(request: DrillRequest) => void>(() => undefined);
export const DrillProvider = DrillContext.Provider;
export const useDrill = () => useContext(DrillContext);

/** A number standing for persons, as a button that opens the persons behind it. */
export function PersonsButton({
  persons,
  select,
  title,
  children,
}: {
  persons: number;
  select: unknown;
  title: string;
  children: ReactNode;
}) {
  const t = useT();
  const drill = useContext(DrillContext);
  // Nobody to show behind a zero.
  if (persons === 0) return <span className="persons-number none">{children}</span>;
  return (
    <button
      type="button"
      className="persons-number"
      data-testid="persons-number"
      data-persons={persons}
      title={t('analytics.drill.hint', { title })}
      onClick={() => drill({ select, title })}
    >
      {children}
    </button>
  );
}

/** The same inside a chart's <svg>: focusable text that opens the persons on click, Enter or Space. */
export function SvgPersons({
  persons,
  select,
  title,
  children,
  quiet = false,
  ...text
}: {
  persons: number;
  select: unknown;
  title: string;
  /** The visible text: it begins the accessible name, which goes on to say what a click shows. */
  children: string | string[];
  /** No underline (e.g. in a heat map, where every cell is a number). */
  quiet?: boolean;
  x: number;
  y: number;
  textAnchor?: 'start' | 'middle' | 'end';
  fill?: string;
  fontSize?: number;
  fontWeight?: number;
  'data-testid'?: string;
  'data-step'?: number;
}) {
  const t = useT();
  const drill = useContext(DrillContext);
  const open = () => drill({ select, title });
  if (persons === 0)
    return (
      <text {...text} data-persons={0}>
        {children}
      </text>
    );
  return (
    <text
      {...text}
      className={quiet ? 'chart-drill quiet' : 'chart-drill'}
      role="button"
      tabIndex={0}
      data-persons={persons}
      aria-label={`${typeof children === 'string' ? children : children.join('')} · ${t('analytics.drill.hint', { title })}`}
      onClick={open}
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        open();
      }}
    >
      {children}
    </text>
  );
}
