/** What a key press in a combobox's text field does (the ARIA combobox pattern, list autocomplete). */
export type ComboboxAction =
  | { readonly kind: 'open'; readonly active: number }
  | { readonly kind: 'move'; readonly active: number }
  | { readonly kind: 'pick'; readonly index: number }
  | { readonly kind: 'close' };

export interface ComboboxKeyState {
  readonly open: boolean;
  /** The highlighted option, -1 for none. */
  readonly active: number;
  readonly count: number;
}

/**
 * Down and Up open the list or move through it (wrapping), Enter picks the highlighted option,
 * Escape and Tab close the list; any other key is the text field's own (null).
 */
export function comboboxKey(key: string, state: ComboboxKeyState): ComboboxAction | null {
  const { open, active, count } = state;
  switch (key) {
    case 'ArrowDown':
      if (!open) return { kind: 'open', active: count > 0 ? 0 : -1 };
      return count === 0 ? null : { kind: 'move', active: (active + 1) % count };
    case 'ArrowUp':
      if (!open) return { kind: 'open', active: count - 1 };
      return count === 0 ? null : { kind: 'move', active: active <= 0 ? count - 1 : active - 1 };
    case 'Enter':
      return open && active >= 0 && active < count ? { kind: 'pick', index: active } : null;
    case 'Escape':
    case 'Tab':
      return open ? { kind: 'close' } : null;
    default:
      return null;
  }
}
