import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { propertyPathSchema } from '@safar/core';
import { suggestionsApi } from '../api/suggestions';
import { useT } from '../i18n/useT';
import { Combobox } from './Combobox';
import { valueSearchOf, withPickedValue, type FilterRow } from './filter-rows';
import { useDebounced } from './useDebounced';

/** Where a filter row's suggestions come from: one event's properties, or the persons' traits. */
export type SuggestionSource =
  | { readonly kind: 'event'; readonly workspaceId: string; readonly event: string }
  | { readonly kind: 'traits'; readonly workspaceId: string };

const MAX_OPTIONS = 12;

/** A suggestion as both sources give it: counts of events, persons or both. */
interface Counted {
  readonly value: string;
  readonly events?: number;
  readonly persons?: number;
}

function useDetail() {
  const t = useT();
  return ({ events, persons }: Counted) =>
    events !== undefined && persons !== undefined
      ? t('binding.eventsFromPersons', { events, persons })
      : events !== undefined
        ? t('binding.events', { events })
        : t('binding.persons', { persons: persons ?? 0 });
}

/** A row's property (or trait) path, suggesting the paths seen in the data with counts. */
export function FilterKeyField({
  source,
  row,
  onChange,
}: {
  source: SuggestionSource;
  row: FilterRow;
  onChange: (row: FilterRow) => void;
}) {
  const t = useT();
  const detail = useDetail();
  const event = source.kind === 'event' ? source.event : '';
  const keys = useQuery({
    queryKey: ['suggest', source.workspaceId, source.kind, 'keys', event],
    queryFn: async (): Promise<Counted[]> =>
      source.kind === 'event'
        ? (await suggestionsApi.eventProperties(source.workspaceId, event)).map((entry) => ({
            value: entry.key,
            events: entry.events,
          }))
        : (await suggestionsApi.traitKeys(source.workspaceId)).map((entry) => ({
            value: entry.key,
            persons: entry.persons,
          })),
    enabled: source.kind === 'traits' || event !== '',
    staleTime: 30_000,
  });
  const typed = row.property.trim().toLowerCase();
  const options = (keys.data ?? [])
    .filter((entry) => entry.value.toLowerCase().includes(typed))
    .slice(0, MAX_OPTIONS)
    .map((entry) => ({ value: entry.value, label: <bdi>{entry.value}</bdi>, detail: detail(entry) }));
  return (
    <Combobox
      label={t('touchpoint.property')}
      listLabel={source.kind === 'event' ? t('binding.propertiesOf', { event }) : t('binding.traits')}
      value={row.property}
      onChange={(property) => onChange({ ...row, property })}
      onPick={(property) => onChange({ ...row, property })}
      options={options}
      loading={keys.isFetching}
      placeholder={t('touchpoint.property')}
      dir="ltr"
      testId="filter-key-field"
    />
  );
}

/** A row's value, suggesting the values of its property (or trait) in the data with counts. */
export function FilterValueField({
  source,
  row,
  onChange,
}: {
  source: SuggestionSource;
  row: FilterRow;
  onChange: (row: FilterRow) => void;
}) {
  const t = useT();
  const detail = useDetail();
  const key = row.property.trim();
  const search = useDebounced(valueSearchOf(row));
  const event = source.kind === 'event' ? source.event : '';
  const usable = propertyPathSchema.safeParse(key).success && (source.kind === 'traits' || event !== '');
  const values = useQuery({
    queryKey: ['suggest', source.workspaceId, source.kind, 'values', event, key, search],
    queryFn: async (): Promise<Counted[]> =>
      source.kind === 'event'
        ? await suggestionsApi.propertyValues(source.workspaceId, event, key, search)
        : await suggestionsApi.traitValues(source.workspaceId, key, search),
    enabled: usable,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  return (
    <Combobox
      label={t('touchpoint.value')}
      listLabel={t('binding.valuesOf', { property: key })}
      value={row.value}
      onChange={(value) => onChange({ ...row, value })}
      onPick={(picked) => onChange({ ...row, value: withPickedValue(row, picked) })}
      options={(usable ? (values.data ?? []) : []).map((entry) => ({
        value: entry.value,
        label: <bdi>{entry.value}</bdi>,
        detail: detail(entry),
      }))}
      loading={usable && (values.isFetching || search !== valueSearchOf(row))}
      placeholder={t('touchpoint.value')}
      testId="filter-value-field"
    />
  );
}
