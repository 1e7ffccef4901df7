/** A whole number within bounds. */
export function NumberField({
  label,
  value,
  min,
  max,
  onChange,
  testId,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  testId?: string;
}) {
  return (
    <label className="analytics-field">
      <span>{label}</span>
      <input
        type="number"
        min={min}
        max={max}
        step={1}
        value={value}
        data-testid={testId}
        onChange={(event) =>
          onChange(Number.isFinite(event.target.valueAsNumber) ? event.target.valueAsNumber : min)
        }
      />
    </label>
  );
}
