import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { comboboxKey } from './combobox-keys';
import './binding.css';

export interface ComboboxOption {
  readonly value: string;
  /** What the option shows; names in user text go in <bdi>. */
  readonly label: ReactNode;
  /** Its counts, in the reader's digits. */
  readonly detail: string;
}

/**
 * A text field with a list of suggestions (the ARIA 1.2 combobox pattern, list autocomplete):
 * typing filters, Down/Up move through the options, Enter picks, Escape closes. Focus stays in
 * the field; the highlighted option is named by aria-activedescendant.
 */
export function Combobox({
  label,
  showLabel = false,
  listLabel,
  value,
  onChange,
  onPick,
  options,
  loading,
  placeholder,
  dir = 'auto',
  testId,
  disabled = false,
}: {
  label: string;
  showLabel?: boolean;
  listLabel: string;
  value: string;
  onChange: (text: string) => void;
  onPick: (value: string) => void;
  options: readonly ComboboxOption[];
  loading: boolean;
  placeholder?: string;
  dir?: 'auto' | 'ltr';
  testId?: string;
  disabled?: boolean;
}) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const shown = open && !disabled;
  const current = active < options.length ? active : -1;

  const pick = (index: number) => {
    const option = options[index];
    if (!option) return;
    onPick(option.value);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const action = comboboxKey(event.key, { open: shown, active: current, count: options.length });
    if (!action) return;
    if (action.kind !== 'close' || event.key === 'Escape') event.preventDefault();
    if (action.kind === 'pick') pick(action.index);
    else if (action.kind === 'close') setOpen(false);
    else {
      setOpen(true);
      setActive(action.active);
    }
  };

  return (
    <div className="combobox-field" data-testid={testId}>
      {showLabel ? <label htmlFor={id}>{label}</label> : null}
      <div className="combobox">
        <input
          id={id}
          role="combobox"
          aria-label={showLabel ? undefined : label}
          aria-expanded={shown}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown && current >= 0 ? optionId(current) : undefined}
          aria-busy={loading}
          autoComplete="off"
          value={value}
          dir={dir}
          placeholder={placeholder}
          disabled={disabled}
          onChange={(event) => {
            onChange(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <div className="combobox-popup" hidden={!shown}>
          {loading ? (
            <p className="combobox-status" role="status">
              {t('binding.loading')}
            </p>
          ) : options.length === 0 ? (
            <p className="combobox-status" role="status">
              {t('binding.noSuggestions')}
            </p>
          ) : null}
          <ul id={listId} role="listbox" aria-label={listLabel} hidden={options.length === 0}>
            {options.map((option, index) => (
              <li
                key={option.value}
                id={optionId(index)}
                role="option"
                aria-selected={index === current}
                data-value={option.value}
                className={index === current ? 'active' : undefined}
                // Keeps focus in the field, so picking does not blur (and close) it first.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setActive(index)}
                onClick={() => pick(index)}
              >
                <span className="combobox-label">{option.label}</span>
                <span className="combobox-detail">{option.detail}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
