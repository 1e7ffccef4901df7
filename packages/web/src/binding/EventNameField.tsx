import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { suggestionsApi } from '../api/suggestions';
import { useT } from '../i18n/useT';
import { Combobox } from './Combobox';
import { useDebounced } from './useDebounced';

/** The event name of a matcher, suggesting the names in the data (with counts) as you type. */
export function EventNameField({
  workspaceId,
  value,
  onChange,
}: {
  workspaceId: string;
  value: string;
  onChange: (event: string) => void;
}) {
  const t = useT();
  const search = useDebounced(value.trim());
  const names = useQuery({
    queryKey: ['suggest', workspaceId, 'event-names', search],
    queryFn: () => suggestionsApi.eventNames(workspaceId, search),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  return (
    <Combobox
      label={t('touchpoint.event')}
      showLabel
      listLabel={t('binding.eventNames')}
      value={value}
      onChange={onChange}
      onPick={onChange}
      options={(names.data ?? []).map((entry) => ({
        value: entry.name,
        label: <bdi>{entry.name}</bdi>,
        detail: t('binding.eventsFromPersons', { events: entry.events, persons: entry.persons }),
      }))}
      loading={names.isFetching || search !== value.trim()}
      placeholder={t('touchpoint.eventPlaceholder')}
      dir="ltr"
      testId="event-name-field"
    />
  );
}
