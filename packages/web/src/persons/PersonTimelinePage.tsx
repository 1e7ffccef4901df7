import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { getPerson } from '../api/persons';
import { routeHref } from '../app/useHashRoute';
import { useT } from '../i18n/useT';
import { isolate } from './person-ids';
import { PersonProfile } from './PersonProfile';
import { PersonTimeline } from './PersonTimeline';
import './persons.css';

/** One customer: their profile and their events across every channel and device. */
export function PersonTimelinePage({ workspaceId, personId }: { workspaceId: string; personId: string }) {
  const t = useT();
  const person = useQuery({
    queryKey: ['person', workspaceId, personId],
    queryFn: () => getPerson(workspaceId, personId),
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });
  const missing = person.error instanceof ApiError && person.error.status === 404;
  return (
    <div className="person-page">
      <a className="back-link" href={routeHref({ page: 'persons', workspaceId })}>
        <span className="flip-rtl" aria-hidden="true">
          ←
        </span>{' '}
        {t('persons.back')}
      </a>
      {person.isLoading ? <p className="muted">{t('common.loading')}</p> : null}
      {missing ? (
        <p role="alert" className="error">
          {t('persons.search.missing', { id: isolate(personId) })}
        </p>
      ) : person.error ? (
        <p role="alert" className="error">
          {person.error.message}
        </p>
      ) : null}
      {person.data ? (
        <div className="person-layout">
          <PersonProfile person={person.data} />
          <PersonTimeline
            workspaceId={workspaceId}
            personId={person.data.personId}
            channels={person.data.channels}
          />
        </div>
      ) : null}
    </div>
  );
}
