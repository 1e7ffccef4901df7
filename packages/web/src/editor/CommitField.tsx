import { useEffect, useState, type CSSProperties } from 'react';

interface CommitFieldProps {
  readonly value: string;
  /** Returns false when the value was refused, to keep the field open with the typing in it. */
  readonly onCommit: (value: string) => unknown;
  readonly label: string;
  readonly multiline?: boolean;
  readonly placeholder?: string;
  readonly className?: string;
  readonly style?: CSSProperties;
  readonly testId?: string;
}

/**
 * A text field that keeps typing local (so each keystroke costs one small render) and turns it
 * into one map operation on blur or Enter; Escape drops the typing. A multi-line field shows its
 * text as a light element until focused: a large map holds a thousand of them, and a textarea
 * each would make it slow to open.
 */
export function CommitField(props: CommitFieldProps) {
  const [editing, setEditing] = useState(false);
  if (props.multiline && !editing) {
    return (
      <div
        role="textbox"
        aria-multiline="true"
        aria-label={props.label}
        tabIndex={0}
        dir="auto"
        className={`${props.className ?? ''} text-display`}
        style={props.style}
        data-testid={props.testId}
        data-placeholder={props.placeholder}
        onFocus={() => setEditing(true)}
      >
        {props.value}
      </div>
    );
  }
  return <EditingField {...props} onDone={() => setEditing(false)} autoFocus={Boolean(props.multiline)} />;
}

function EditingField({
  value,
  onCommit,
  label,
  multiline,
  placeholder,
  className,
  style,
  testId,
  onDone,
  autoFocus,
}: CommitFieldProps & { onDone: () => void; autoFocus: boolean }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const dirty = draft !== value;
  const commit = () => (dirty ? onCommit(draft) !== false : true);
  const common = {
    value: draft,
    'aria-label': label,
    placeholder,
    className,
    style,
    autoFocus,
    dir: 'auto' as const,
    'data-dirty': dirty ? 'true' : 'false',
    'data-testid': testId,
  };
  if (multiline) {
    return (
      <textarea
        {...common}
        rows={3}
        onBlur={() => {
          if (commit()) onDone();
        }}
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
      onBlur={commit}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setDraft(value);
        if (event.key === 'Enter') commit();
      }}
    />
  );
}
