import { NON_ACTION_EVENTS } from '@safar/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { suggestionsApi } from '../../api/suggestions';
import { RemovableChip } from '../../app/RemovableChip';
import { useT } from '../../i18n/useT';
import type { StepSources } from './useStepSources';

/** The API's limit on excluded events (paths-query.ts). */
const MOST_EXCLUDED = 50;

/** Event names a paths query leaves out, as chips, with a field offering the names the data holds. */
export function ExcludedEventsField({
  excluded,
  sources,
  onChange,
}: {
  excluded: readonly string[];
  sources: StepSources;
  onChange: (excluded: string[]) => void;
}) {
  const t = useT();
  const listId = useId();
  const [draft, setDraft] = useState('');
  const typed = draft.trim();
  const seen = useQuery({
    queryKey: ['event-names', sources.workspaceId, typed],
    queryFn: () => suggestionsApi.eventNames(sources.workspaceId, typed),
    staleTime: 60_000,
    retry: false,
  });
  const offered = [
    ...new Set([...(seen.data?.map((item) => item.name) ?? []), ...sources.eventNames, ...NON_ACTION_EVENTS]),
  ].filter((name) => !excluded.includes(name));
  const canAdd = typed !== '' && !excluded.includes(typed) && excluded.length < MOST_EXCLUDED;
  const add = () => {
    if (!canAdd) return;
    onChange([...excluded, typed]);
    setDraft('');
  };
  return (
    <fieldset className="analytics-fieldset" data-testid="paths-excluded">
      <legend>{t('analytics.paths.excluded')}</legend>
      <div className="chips">
        {excluded.map((name) => (
          <RemovableChip
            key={name}
            dir="ltr"
            removeLabel={t('analytics.paths.includeAgain', { event: name })}
            removeTestId={`paths-include-${name}`}
            onRemove={() => onChange(excluded.filter((other) => other !== name))}
          >
            <bdi>{name}</bdi>
          </RemovableChip>
        ))}
        {excluded.length === 0 ? <span className="muted">{t('analytics.paths.noneExcluded')}</span> : null}
      </div>
      <span className="inline-fields">
        <input
          aria-label={t('analytics.paths.excludeEvent')}
          placeholder={t('analytics.paths.excludeEvent')}
          value={draft}
          dir="ltr"
          list={listId}
          data-testid="paths-exclude-input"
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            // Enter adds the name here, instead of submitting the query form around it.
            event.preventDefault();
            add();
          }}
        />
        <datalist id={listId}>
          {offered.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <button type="button" disabled={!canAdd} onClick={add}>
          + {t('analytics.paths.exclude')}
        </button>
      </span>
    </fieldset>
  );
}
