import { DURATION_UNITS, type Duration } from '@safar/core';
import { useT } from '../../i18n/useT';

const UNITS = Object.keys(DURATION_UNITS).filter((unit): unit is Duration['unit'] => unit in DURATION_UNITS);

/** A duration as a number and a unit (seconds to weeks). */
export function DurationField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Duration;
  onChange: (value: Duration) => void;
}) {
  const t = useT();
  return (
    <label className="analytics-field">
      <span>{label}</span>
      <span className="inline-fields">
        <input
          type="number"
          min={1}
          step="any"
          value={value.value}
          aria-label={label}
          onChange={(event) => onChange({ ...value, value: event.target.valueAsNumber || 0 })}
        />
        <select
          aria-label={t('analytics.duration.unit')}
          value={value.unit}
          onChange={(event) =>
            onChange({ ...value, unit: UNITS.find((unit) => unit === event.target.value) ?? value.unit })
          }
        >
          {UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {t(`analytics.duration.${unit}`)}
            </option>
          ))}
        </select>
      </span>
    </label>
  );
}
