import { PROPERTY_OPERATORS, type PropertyFilter } from '@safar/core';
import { useT } from '../i18n/useT';

export interface FilterRow {
  property: string;
  operator: PropertyFilter['operator'];
  value: string;
}

const NO_VALUE = new Set(['is_set', 'is_not_set']);
const NUMERIC = new Set(['greater_than', 'greater_or_equal', 'less_than', 'less_or_equal']);
const LIST = new Set(['in', 'not_in']);

/** Turns the typed text of a row into the filter its operator expects (numbers, lists, booleans). */
export function filterOf(row: FilterRow): Record<string, unknown> {
  const base = { property: row.property, operator: row.operator };
  if (NO_VALUE.has(row.operator)) return base;
  if (NUMERIC.has(row.operator)) return { ...base, value: Number(row.value) };
  if (LIST.has(row.operator))
    return {
      ...base,
      value: row.value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    };
  if (row.operator === 'equals' || row.operator === 'not_equals') {
    const text = row.value.trim();
    if (text === 'true' || text === 'false') return { ...base, value: text === 'true' };
    return { ...base, value: text !== '' && !Number.isNaN(Number(text)) ? Number(text) : row.value };
  }
  return { ...base, value: row.value };
}

export function rowOf(filter: PropertyFilter): FilterRow {
  const value = 'value' in filter ? filter.value : '';
  return {
    property: filter.property,
    operator: filter.operator,
    value: Array.isArray(value) ? value.join(', ') : String(value),
  };
}

/** Rows of `property operator value`, shared by event matchers and persona segment rules. */
export function PropertyFiltersEditor({
  rows,
  onChange,
}: {
  rows: FilterRow[];
  onChange: (rows: FilterRow[]) => void;
}) {
  const t = useT();
  return (
    <>
      {rows.map((row, index) => (
        <div key={index} className="filter-row">
          <input
            aria-label={t('touchpoint.property')}
            value={row.property}
            dir="ltr"
            placeholder={t('touchpoint.property')}
            onChange={(change) => onChange(rows.with(index, { ...row, property: change.target.value }))}
          />
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
          {NO_VALUE.has(row.operator) ? null : (
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
