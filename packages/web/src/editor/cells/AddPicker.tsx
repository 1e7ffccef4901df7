import { useState, type ReactNode } from 'react';

/**
 * A "+" that turns into a list to pick from. Rendering the list only when asked keeps a large
 * map's DOM small (a select per cell would mean thousands of options).
 */
export function AddPicker({
  label,
  onPick,
  children,
}: {
  label: string;
  onPick: (value: string) => void;
  children: () => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button
        type="button"
        className="chip-add"
        aria-label={label}
        title={label}
        onClick={() => setOpen(true)}
      >
        +
      </button>
    );
  }
  return (
    <select
      className="chip-add"
      aria-label={label}
      autoFocus
      value=""
      onBlur={() => setOpen(false)}
      onChange={(event) => {
        if (event.target.value) onPick(event.target.value);
        setOpen(false);
      }}
    >
      <option value="">{label}</option>
      {children()}
    </select>
  );
}
