import { CHANNEL_KEYS, type Touchpoint } from '@safar/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { routeHref } from '../app/useHashRoute';
import { channelGlyph } from '../editor/channel-icons';
import { useT } from '../i18n/useT';
import { TouchpointForm } from './TouchpointForm';

/** The workspace's touchpoint catalogue: filter by channel and department, create, edit, see usage. */
export function TouchpointsPage({ workspaceId }: { workspaceId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [channel, setChannel] = useState('');
  const [department, setDepartment] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [usageOf, setUsageOf] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['touchpoints', workspaceId],
    queryFn: () => api.touchpoints(workspaceId),
  });
  const usage = useQuery({
    queryKey: ['touchpoint-usage', workspaceId, usageOf],
    queryFn: () => api.touchpointUsage(workspaceId, usageOf ?? ''),
    enabled: usageOf !== null,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['touchpoints', workspaceId] });
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.createTouchpoint(workspaceId, body),
    onSuccess: async () => {
      setCreating(false);
      await refresh();
    },
  });
  const replace = useMutation({
    mutationFn: ({ id, revision, body }: { id: string; revision: number; body: Record<string, unknown> }) =>
      api.replaceTouchpoint(workspaceId, id, revision, body),
    onSuccess: async () => {
      setEditing(null);
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.deleteTouchpoint(workspaceId, id),
    onSuccess: refresh,
  });

  const departments = [
    ...new Set(list.data?.items.map(({ touchpoint }) => touchpoint.department).filter(Boolean)),
  ].sort();
  const shown = (list.data?.items ?? []).filter(
    ({ touchpoint }) =>
      (!channel || touchpoint.channel === channel) && (!department || touchpoint.department === department),
  );

  return (
    <section className="panel" aria-labelledby="touchpoints-heading">
      <div className="panel-header">
        <h1 id="touchpoints-heading">{t('touchpoint.heading')}</h1>
        <button type="button" onClick={() => setCreating(true)} data-testid="new-touchpoint">
          + {t('touchpoint.new')}
        </button>
      </div>
      <div className="filters">
        <label>
          {t('touchpoint.channel')}
          <select
            value={channel}
            onChange={(event) => setChannel(event.target.value)}
            data-testid="channel-filter"
          >
            <option value="">{t('common.all')}</option>
            {CHANNEL_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`channel.${key}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('touchpoint.department')}
          <select value={department} onChange={(event) => setDepartment(event.target.value)}>
            <option value="">{t('common.all')}</option>
            {departments.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">{t('touchpoint.count', { count: shown.length })}</span>
      </div>
      {creating ? (
        <TouchpointForm
          workspaceId={workspaceId}
          onSubmit={(body) => create.mutate(body)}
          onCancel={() => setCreating(false)}
          error={create.error?.message ?? null}
        />
      ) : null}
      <table className="entity-table" data-testid="touchpoint-table">
        <thead>
          <tr>
            <th>{t('touchpoint.name')}</th>
            <th>{t('touchpoint.channel')}</th>
            <th>{t('touchpoint.department')}</th>
            <th>{t('touchpoint.eventMatcher')}</th>
            <th>
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ touchpoint, revision }) =>
            editing === touchpoint.id ? (
              <tr key={touchpoint.id}>
                <td colSpan={5}>
                  <TouchpointForm
                    workspaceId={workspaceId}
                    initial={touchpoint}
                    onSubmit={(body) => replace.mutate({ id: touchpoint.id, revision, body })}
                    onCancel={() => setEditing(null)}
                    error={replace.error?.message ?? null}
                  />
                </td>
              </tr>
            ) : (
              <TouchpointRow
                key={touchpoint.id}
                touchpoint={touchpoint}
                onEdit={() => setEditing(touchpoint.id)}
                onUsage={() => setUsageOf(usageOf === touchpoint.id ? null : touchpoint.id)}
                onDelete={() => remove.mutate(touchpoint.id)}
              />
            ),
          )}
        </tbody>
      </table>
      {remove.error ? (
        <p role="alert" className="error">
          {remove.error.message}
        </p>
      ) : null}
      {usageOf && usage.data ? (
        <div className="usage" data-testid="touchpoint-usage">
          <h2>{t('touchpoint.usedOn')}</h2>
          {usage.data.items.length === 0 ? <p className="muted">{t('touchpoint.unused')}</p> : null}
          <ul>
            {usage.data.items.map((item) => (
              <li key={item.mapId}>
                <a href={routeHref({ page: 'map', workspaceId, mapId: item.mapId })} dir="auto">
                  {item.title}
                </a>{' '}
                <span className="muted">{t('touchpoint.steps', { count: item.locations.length })}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function TouchpointRow({
  touchpoint,
  onEdit,
  onUsage,
  onDelete,
}: {
  touchpoint: Touchpoint;
  onEdit: () => void;
  onUsage: () => void;
  onDelete: () => void;
}) {
  const t = useT();
  return (
    <tr data-testid="touchpoint-row">
      <td dir="auto">
        <span aria-hidden="true">{channelGlyph(touchpoint.channel)}</span> <bdi>{touchpoint.name}</bdi>
        {touchpoint.visibility === 'backstage' ? (
          <span className="badge">{t('touchpoint.backstage')}</span>
        ) : null}
      </td>
      <td>
        {touchpoint.channel === 'custom' ? touchpoint.customChannel : t(`channel.${touchpoint.channel}`)}
      </td>
      <td dir="auto">{touchpoint.department}</td>
      <td dir="ltr" className="matcher">
        {touchpoint.eventMatcher
          ? [
              touchpoint.eventMatcher.event,
              ...touchpoint.eventMatcher.filters.map(
                (filter) =>
                  `${filter.property} ${filter.operator}${'value' in filter ? ` ${JSON.stringify(filter.value)}` : ''}`,
              ),
            ].join(' · ')
          : '—'}
      </td>
      <td className="row-actions">
        <button type="button" onClick={onEdit} aria-label={t('common.editNamed', { name: touchpoint.name })}>
          {t('common.edit')}
        </button>
        <button
          type="button"
          onClick={onUsage}
          aria-label={t('touchpoint.usageOf', { name: touchpoint.name })}
        >
          {t('touchpoint.usage')}
        </button>
        <button
          type="button"
          onClick={onDelete}
          aria-label={t('common.deleteNamed', { name: touchpoint.name })}
        >
          {t('common.delete')}
        </button>
      </td>
    </tr>
  );
}
