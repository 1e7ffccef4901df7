import type { EventChannel } from '@safar/core';
import type { PersonDetail } from '../api/persons';
import { useFormat } from '../i18n/useFormat';
import { useT } from '../i18n/useT';
import { ChannelBadges } from './ChannelBadges';
import { bareId, idKind } from './person-ids';
import { displayName, traitRows } from './person-traits';
import { KeyValueList } from './KeyValueList';

/** One customer's profile: every merged id (users and devices), traits, first and last seen, channels. */
export function PersonProfile({ person }: { person: PersonDetail }) {
  const t = useT();
  const format = useFormat();
  const name = displayName(person.traits);
  const users = person.ids.filter((id) => idKind(id) === 'user');
  const devices = person.ids.filter((id) => idKind(id) !== 'user');
  const channels = Object.keys(person.channelCounts).filter((channel): channel is EventChannel =>
    person.channels.some((known) => known === channel),
  );
  const traits = traitRows(person.traits);
  return (
    <section className="panel person-profile" aria-labelledby="person-heading" data-testid="person-profile">
      <h1 id="person-heading">
        <bdi>{name ?? person.personId}</bdi>
      </h1>
      <dl className="person-facts">
        <div>
          <dt>{t('persons.column.firstSeen')}</dt>
          <dd>{format.dateTime(person.firstSeen)}</dd>
        </div>
        <div>
          <dt>{t('persons.column.lastSeen')}</dt>
          <dd>{format.dateTime(person.lastSeen)}</dd>
        </div>
        <div>
          <dt>{t('persons.column.events')}</dt>
          <dd>{format.number(person.eventCount)}</dd>
        </div>
        <div>
          <dt>{t('persons.column.channels')}</dt>
          <dd data-testid="profile-channels">
            <ChannelBadges channels={channels} counts={person.channelCounts} />
          </dd>
        </div>
      </dl>
      <div className="person-ids">
        <IdList title={t('persons.profile.userIds', { count: users.length })} ids={users} testId="user-ids" />
        <IdList
          title={t('persons.profile.devices', { count: devices.length })}
          ids={devices}
          testId="device-ids"
        />
      </div>
      {traits.length > 0 ? (
        <details className="person-traits" open>
          <summary>{t('persons.profile.traits')}</summary>
          <KeyValueList entries={traits} />
        </details>
      ) : null}
    </section>
  );
}

function IdList({ title, ids, testId }: { title: string; ids: string[]; testId: string }) {
  return (
    <div>
      <h2>{title}</h2>
      <ul className="id-list" data-testid={testId}>
        {ids.map((id) => (
          <li key={id} title={id}>
            <bdi>{bareId(id)}</bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}
