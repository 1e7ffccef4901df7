import { useT } from '../../i18n/useT';

/** The gap that starts a new session (minutes), or none: a person's whole history is one journey. */
export function SessionGapField({
  value,
  fallback,
  onChange,
}: {
  value: number | null;
  /** The gap offered when sessions are switched on. */
  fallback: number;
  onChange: (value: number | null) => void;
}) {
  const t = useT();
  return (
    <span className="inline-fields">
      <label className="check">
        <input
          type="checkbox"
          checked={value !== null}
          onChange={(event) => onChange(event.target.checked ? fallback : null)}
        />
        {t('analytics.sessionGap.split')}
      </label>
      {value !== null ? (
        <label className="analytics-field">
          <span>{t('analytics.sessionGap.minutes')}</span>
          <input
            type="number"
            min={1}
            max={1440}
            value={value}
            onChange={(event) =>
              onChange(Number.isFinite(event.target.valueAsNumber) ? event.target.valueAsNumber : 1)
            }
          />
        </label>
      ) : null}
    </span>
  );
}
