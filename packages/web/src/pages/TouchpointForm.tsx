import { CHANNEL_KEYS, type Touchpoint } from '@safar/core';
import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT';
import { TextField } from './TextField';
import { filterOf, rowOf, type FilterRow } from '../binding/filter-rows';
import { MatcherFields } from '../binding/MatcherFields';

/** Create or edit a touchpoint, including the event matcher that proves it happened. */
export function TouchpointForm({
  workspaceId,
  initial,
  onSubmit,
  onCancel,
  error,
}: {
  workspaceId: string;
  initial?: Touchpoint;
  onSubmit: (touchpoint: Record<string, unknown>) => void;
  onCancel?: () => void;
  error?: string | null;
}) {
  const t = useT();
  const [name, setName] = useState(initial?.name ?? '');
  const [channel, setChannel] = useState<string>(initial?.channel ?? 'website');
  const [customChannel, setCustomChannel] = useState(initial?.customChannel ?? '');
  const [department, setDepartment] = useState(initial?.department ?? '');
  const [visibility, setVisibility] = useState(initial?.visibility ?? 'frontstage');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [event, setEvent] = useState(initial?.eventMatcher?.event ?? '');
  const [filters, setFilters] = useState<FilterRow[]>(initial?.eventMatcher?.filters.map(rowOf) ?? []);

  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    onSubmit({
      name,
      channel,
      customChannel,
      department,
      visibility,
      description,
      eventMatcher: event.trim()
        ? {
            event: event.trim(),
            filters: filters.map(filterOf),
          }
        : null,
    });
  };

  return (
    <form className="entity-form" onSubmit={submit} data-testid="touchpoint-form">
      <TextField label={t('touchpoint.name')} value={name} onChange={setName} required />
      <label>
        {t('touchpoint.channel')}
        <select value={channel} onChange={(change) => setChannel(change.target.value)}>
          {CHANNEL_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(`channel.${key}`)}
            </option>
          ))}
        </select>
      </label>
      {channel === 'custom' ? (
        <TextField label={t('touchpoint.customChannel')} value={customChannel} onChange={setCustomChannel} />
      ) : null}
      <TextField label={t('touchpoint.department')} value={department} onChange={setDepartment} />
      <label>
        {t('touchpoint.visibility')}
        <select
          value={visibility}
          onChange={(change) =>
            setVisibility(change.target.value === 'backstage' ? 'backstage' : 'frontstage')
          }
        >
          <option value="frontstage">{t('touchpoint.frontstage')}</option>
          <option value="backstage">{t('touchpoint.backstage')}</option>
        </select>
      </label>
      <TextField
        label={t('touchpoint.description')}
        value={description}
        onChange={setDescription}
        multiline
        wide
      />
      <fieldset className="wide">
        <legend>{t('touchpoint.eventMatcher')}</legend>
        <MatcherFields
          workspaceId={workspaceId}
          event={event}
          onEvent={setEvent}
          rows={filters}
          onRows={setFilters}
        />
      </fieldset>
      {error ? (
        <p role="alert" className="error wide">
          {error}
        </p>
      ) : null}
      <div className="form-actions wide">
        <button type="submit">{initial ? t('common.save') : t('touchpoint.create')}</button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
