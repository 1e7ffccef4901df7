import { useState } from 'react';
import { ApiError } from '../api/client';
import { getPerson } from '../api/persons';
import { routeHref } from '../app/useHashRoute';
import { useT } from '../i18n/useT';
import { candidateIds, isolate } from './person-ids';

/** Finds a customer by any id (user id, device id, with or without prefix) and opens their timeline. */
export function PersonSearch({ workspaceId }: { workspaceId: string }) {
  const t = useT();
  const [text, setText] = useState('');
  const [state, setState] = useState<'idle' | 'searching' | { missing: string } | { failed: string }>('idle');

  const search = async () => {
    const candidates = candidateIds(text);
    if (candidates.length === 0) return;
    setState('searching');
    try {
      for (const id of candidates) {
        const person = await getPerson(workspaceId, id).catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 404) return null;
          throw error;
        });
        if (person) {
          window.location.hash = routeHref({ page: 'person', workspaceId, personId: person.personId });
          return;
        }
      }
      setState({ missing: text.trim() });
    } catch (error) {
      setState({ failed: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <form
      className="person-search"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        void search();
      }}
    >
      <label>
        <span>{t('persons.search.label')}</span>
        <input
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={t('persons.search.placeholder')}
          dir="auto"
          data-testid="person-search"
        />
      </label>
      <button type="submit" disabled={state === 'searching' || text.trim() === ''}>
        {t('persons.search.go')}
      </button>
      {typeof state === 'object' ? (
        <p role="alert" className="error">
          {'missing' in state ? t('persons.search.missing', { id: isolate(state.missing) }) : state.failed}
        </p>
      ) : null}
    </form>
  );
}
