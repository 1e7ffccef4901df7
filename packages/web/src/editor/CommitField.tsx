import { useEffect, useState, type CSSProperties } from 'react';

interface CommitFieldProps {
  readonly value: string;
  readonly onCommit: (value: string) => void;
  readonly label: string;
  readonly multiline?: boolean;
  readonly placeholder?: string;
  readonly className?: string;
  readonly style?: CSSProperties;
  readonly testId?: string;
}

/**
 * A text field that keeps typing local (so each keystroke costs one small render) and turns it
 * into one map operation on blur or Enter; Escape drops the typing.
 */
export function CommitField({
  value,
  onCommit,
  label,
  multiline,
  placeholder,
  className,
  style,
  testId,
}: CommitFieldProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const dirty = draft !== value;
  const commit = () => {
    if (dirty) onCommit(draft);
  };
  const common = {
    value: draft,
    'aria-label': label,
    placeholder,
    className,
    style,
    dir: 'auto' as const,
    'data-dirty': dirty ? 'true' : 'false',
    'data-testid': testId,
    onBlur: commit,
  };
  if (multiline) {
    return (
      <textarea
        {...common}
        rows={3}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setDraft(value);
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) commit();
        }}
      />
    );
  }
  return (
    <input
      {...common}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setDraft(value);
        if (event.key === 'Enter') commit();
      }}
    />
  );
}
