import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { focusableIn, nextFocusIndex } from './focus-trap';

/**
 * A modal dialog: labelled by its title, focus kept inside (Tab wraps), Escape and the backdrop
 * close it, and focus returns where it was when it closes.
 */
export function ModalDialog({
  title,
  onClose,
  children,
  className = '',
}: {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const t = useT();
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useEffect(() => {
    // The opener may be a focusable part of a chart: SVG elements can take the focus too.
    const active = document.activeElement;
    const opener = active instanceof HTMLElement || active instanceof SVGElement ? active : null;
    dialog.current?.focus();
    return () => opener?.focus();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const element = dialog.current;
      if (!element) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        close.current();
      } else if (event.key === 'Tab') {
        const focusable = focusableIn(element);
        const current = focusable.findIndex((candidate) => candidate === document.activeElement);
        const next = focusable[nextFocusIndex(current, focusable.length, event.shiftKey)];
        event.preventDefault();
        (next ?? element).focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div
      className="modal-backdrop"
      onMouseDown={(event) => event.target === event.currentTarget && onClose()}
    >
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={`modal-dialog ${className}`}
      >
        <div className="modal-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="modal-close" onClick={onClose} aria-label={t('persons.close')}>
            ×
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
