import { PROPERTY_OPERATORS } from '@safar/core';
import { FilterKeyField, FilterValueField, type SuggestionSource } from '../binding/FilterFields';
import { NO_VALUE, type FilterRow } from '../binding/filter-rows';
import { useT } from '../i18n/useT';

export { filterOf, rowOf, type FilterRow } from '../binding/filter-rows';

/**
 * Rows of `property operator value`, shared by event matchers and persona segment rules; with a
 * `source`, properties and values suggest what the data holds (the binding picker).
 */
export function PropertyFiltersEditor({
  rows,
  onChange,
  source,
}: {
  rows: FilterRow[];
  onChange: (rows: FilterRow[]) => void;
  source?: SuggestionSource;
}) {
  const t = useT();
  return (
    <>
      {rows.map((row, index) => (
        <div key={index} className="filter-row">
          {source ? (
            <FilterKeyField source={source} row={row} onChange={(next) => onChange(rows.with(index, next))} />
          ) : (
            <input
              aria-label={t('touchpoint.property')}
              value={row.property}
              dir="ltr"
              placeholder={t('touchpoint.property')}
              onChange={(change) => onChange(rows.with(index, { ...row, property: change.target.value }))}
            />
          )}
          <select
            aria-label={t('touchpoint.operator')}
            value={row.operator}
            onChange={(change) =>
              onChange(
                rows.with(index, {
                  ...row,
                  operator:
                    PROPERTY_OPERATORS.find((operator) => operator === change.target.value) ?? row.operator,
                }),
              )
            }
          >
            {PROPERTY_OPERATORS.map((operator) => (
              <option key={operator} value={operator}>
                {t(`operator.${operator}`)}
              </option>
            ))}
          </select>
          {NO_VALUE.has(row.operator) ? null : source ? (
            <FilterValueField
              source={source}
              row={row}
              onChange={(next) => onChange(rows.with(index, next))}
            />
          ) : (
            <input
              aria-label={t('touchpoint.value')}
              value={row.value}
              dir="auto"
              placeholder={t('touchpoint.value')}
              onChange={(change) => onChange(rows.with(index, { ...row, value: change.target.value }))}
            />
          )}
          <button
            type="button"
            aria-label={t('touchpoint.removeFilter')}
            onClick={() => onChange(rows.filter((_, other) => other !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => onChange([...rows, { property: '', operator: 'equals', value: '' }])}
      >
        + {t('touchpoint.addFilter')}
      </button>
    </>
  );
}
