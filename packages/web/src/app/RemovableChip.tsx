import type { ReactNode } from 'react';

/** A chip (styles.css `.chip`) with a × button that removes it; `removeLabel` names the removal for screen readers. */
export function RemovableChip({
  children,
  removeLabel,
  onRemove,
  dir,
  removeTestId,
}: {
  children: ReactNode;
  removeLabel: string;
  onRemove: () => void;
  /** The chip's own direction, for text that is not in the page's language (an event name, a free-typed value). */
  dir?: 'ltr' | 'auto';
  removeTestId?: string;
}) {
  return (
    <span className="chip" dir={dir}>
      {children}
      <button type="button" aria-label={removeLabel} data-testid={removeTestId} onClick={onRemove}>
        ×
      </button>
    </span>
  );
}
