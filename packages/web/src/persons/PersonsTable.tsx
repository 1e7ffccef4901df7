import { routeHref } from '../app/useHashRoute';
import type { PersonSummary } from '../api/persons';
import { useFormat } from '../i18n/useFormat';
import { useT } from '../i18n/useT';
import { ChannelBadges } from './ChannelBadges';
import { displayName, emailOf } from './person-traits';

/** A row: the id asked for, and what is known of the person (traits when looked up), or null. */
export interface PersonRow {
  readonly id: string;
  readonly person: (PersonSummary & { readonly traits?: Record<string, unknown> }) | null;
}

/** Persons with their key traits, first and last seen, events and channels; each links to their timeline. */
export function PersonsTable({
  workspaceId,
  rows,
  loading,
}: {
  workspaceId: string;
  rows: readonly PersonRow[];
  loading: boolean;
}) {
  const t = useT();
  const format = useFormat();
  return (
    <table className="persons-table" aria-busy={loading}>
      <thead>
        <tr>
          <th scope="col">{t('persons.column.customer')}</th>
          <th scope="col">{t('persons.column.firstSeen')}</th>
          <th scope="col">{t('persons.column.lastSeen')}</th>
          <th scope="col" className="numeric">
            {t('persons.column.events')}
          </th>
          <th scope="col">{t('persons.column.channels')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ id, person }) => {
          const personId = person?.personId ?? id;
          const name = person?.traits ? displayName(person.traits) : null;
          const email = person?.traits ? emailOf(person.traits) : null;
          return (
            <tr key={id} data-testid="person-row" data-person-id={personId}>
              <td>
                <div className="person-cell">
                  <a href={routeHref({ page: 'person', workspaceId, personId })}>
                    <bdi className={name ? 'person-name' : 'person-id'}>{name ?? personId}</bdi>
                  </a>
                  {email && email !== name ? (
                    <div className="muted">
                      <bdi>{email}</bdi>
                    </div>
                  ) : null}
                  {name ? (
                    <div className="muted">
                      <bdi className="person-id">{personId}</bdi>
                    </div>
                  ) : null}
                </div>
              </td>
              <td>{person ? format.dateTime(person.firstSeen) : '—'}</td>
              <td>{person ? format.dateTime(person.lastSeen) : '—'}</td>
              <td className="numeric">{person ? format.number(person.eventCount) : '—'}</td>
              <td>{person ? <ChannelBadges channels={person.channels} /> : null}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
