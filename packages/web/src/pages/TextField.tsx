/** A labelled text input or textarea; text goes both ways (`dir="auto"`) so mixed scripts read right. */
export function TextField({
  label,
  value,
  onChange,
  multiline = false,
  rows = 2,
  required = false,
  wide = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  required?: boolean;
  wide?: boolean;
}) {
  return (
    <label className={wide ? 'wide' : undefined}>
      {label}
      {multiline ? (
        <textarea
          value={value}
          onChange={(event) => onChange(event.target.value)}
          required={required}
          dir="auto"
          rows={rows}
        />
      ) : (
        <input
          value={value}
          onChange={(event) => onChange(event.target.value)}
          required={required}
          dir="auto"
        />
      )}
    </label>
  );
}
