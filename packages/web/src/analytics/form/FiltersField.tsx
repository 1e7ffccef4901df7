import { propertyFilterSchema, type PropertyFilter } from '@safar/core';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { filterOf, PropertyFiltersEditor, rowOf, type FilterRow } from '../../pages/PropertyFiltersEditor';

/**
 * Property filters as editable rows; the spec gets the rows that make a valid filter, and the
 * others are flagged until they do.
 */
export function FiltersField({
  legend,
  filters,
  onChange,
}: {
  legend: string;
  filters: readonly PropertyFilter[];
  onChange: (filters: PropertyFilter[]) => void;
}) {
  const t = useT();
  const [rows, setRows] = useState<FilterRow[]>(() => filters.map(rowOf));
  const parsed = rows.map((row) => propertyFilterSchema.safeParse(filterOf(row)));
  const invalid = parsed.filter((result) => !result.success).length;
  return (
    <fieldset className="analytics-fieldset">
      <legend>{legend}</legend>
      <PropertyFiltersEditor
        rows={rows}
        onChange={(next) => {
          setRows(next);
          onChange(
            next.flatMap((row) => {
              const result = propertyFilterSchema.safeParse(filterOf(row));
              return result.success ? [result.data] : [];
            }),
          );
        }}
      />
      {invalid > 0 ? (
        <p className="muted">{t('analytics.scope.filtersIncomplete', { count: invalid })}</p>
      ) : null}
    </fieldset>
  );
}
