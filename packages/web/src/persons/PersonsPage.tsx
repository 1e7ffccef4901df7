import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { listPersons, lookupPersons } from '../api/persons';
import { useT } from '../i18n/useT';
import { PERSONS_PAGE_SIZE } from './drill-down-paging';
import { Pager } from './Pager';
import { PersonSearch } from './PersonSearch';
import { PersonsTable } from './PersonsTable';
import './persons.css';

/** The customers list: persons after identity stitching, most recently active first, 25 a page. */
export function PersonsPage({ workspaceId }: { workspaceId: string }) {
  const t = useT();
  // cursors[n] opens page n; the server's cursors only go forwards, so earlier ones are kept.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [page, setPage] = useState(0);
  const persons = useQuery({
    queryKey: ['persons', workspaceId, cursors[page]],
    queryFn: () => listPersons(workspaceId, { limit: PERSONS_PAGE_SIZE, cursor: cursors[page] }),
    placeholderData: (previous) => previous,
  });
  const items = persons.data?.items ?? [];
  const ids = items.map((person) => person.personId);
  const traits = useQuery({
    queryKey: ['persons-lookup', workspaceId, ids],
    queryFn: () => lookupPersons(workspaceId, ids),
    enabled: ids.length > 0,
  });
  const traitsOf = new Map(traits.data?.map((item) => [item.id, item.person?.traits]));
  const nextCursor = persons.data?.nextCursor ?? null;

  const goTo = (next: number) => {
    if (next > page && nextCursor) setCursors((known) => [...known.slice(0, next), nextCursor]);
    setPage(next);
  };

  return (
    <section className="panel persons-page" aria-labelledby="persons-heading">
      <div className="panel-header">
        <h1 id="persons-heading">{t('persons.heading')}</h1>
        <PersonSearch workspaceId={workspaceId} />
      </div>
      <p className="muted">{t('persons.intro')}</p>
      {persons.error ? (
        <p role="alert" className="error">
          {persons.error.message}
        </p>
      ) : null}
      {persons.data && persons.data.total === 0 ? <p className="muted">{t('persons.empty')}</p> : null}
      {items.length > 0 ? (
        <>
          <PersonsTable
            workspaceId={workspaceId}
            rows={items.map((person) => ({
              id: person.personId,
              person: { ...person, traits: traitsOf.get(person.personId) ?? {} },
            }))}
            loading={persons.isFetching}
          />
          <Pager page={page} total={persons.data?.total ?? 0} onPage={goTo} hasNext={nextCursor !== null} />
        </>
      ) : persons.isLoading ? (
        <p className="muted">{t('common.loading')}</p>
      ) : null}
    </section>
  );
}
