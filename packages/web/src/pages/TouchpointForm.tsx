import { CHANNEL_KEYS, PROPERTY_OPERATORS, type PropertyFilter, type Touchpoint } from '@safar/core';
import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT';

interface FilterRow {
  property: string;
  operator: PropertyFilter['operator'];
  value: string;
}

const NO_VALUE = new Set(['is_set', 'is_not_set']);
const NUMERIC = new Set(['greater_than', 'greater_or_equal', 'less_than', 'less_or_equal']);
const LIST = new Set(['in', 'not_in']);

/** Turns the typed text of a filter into the value its operator expects. */
function filterValue(row: FilterRow): unknown {
  if (NO_VALUE.has(row.operator)) return undefined;
  if (NUMERIC.has(row.operator)) return Number(row.value);
  if (LIST.has(row.operator))
    return row.value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  if (row.operator === 'equals' || row.operator === 'not_equals') {
    return row.value.trim() !== '' && !Number.isNaN(Number(row.value)) ? Number(row.value) : row.value;
  }
  return row.value;
}

function rowOf(filter: PropertyFilter): FilterRow {
  const value = 'value' in filter ? filter.value : '';
  return {
    property: filter.property,
    operator: filter.operator,
    value: Array.isArray(value) ? value.join(', ') : String(value),
  };
}

/** Create or edit a touchpoint, including the event matcher that proves it happened. */
export function TouchpointForm({
  initial,
  onSubmit,
  onCancel,
  error,
}: {
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
            filters: filters.map((row) => ({
              property: row.property,
              operator: row.operator,
              value: filterValue(row),
            })),
          }
        : null,
    });
  };

  return (
    <form className="entity-form" onSubmit={submit} data-testid="touchpoint-form">
      <label>
        {t('touchpoint.name')}
        <input value={name} onChange={(change) => setName(change.target.value)} required dir="auto" />
      </label>
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
        <label>
          {t('touchpoint.customChannel')}
          <input
            value={customChannel}
            onChange={(change) => setCustomChannel(change.target.value)}
            dir="auto"
          />
        </label>
      ) : null}
      <label>
        {t('touchpoint.department')}
        <input value={department} onChange={(change) => setDepartment(change.target.value)} dir="auto" />
      </label>
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
      <label className="wide">
        {t('touchpoint.description')}
        <textarea
          value={description}
          onChange={(change) => setDescription(change.target.value)}
          dir="auto"
          rows={2}
        />
      </label>
      <fieldset className="wide">
        <legend>{t('touchpoint.eventMatcher')}</legend>
        <label>
          {t('touchpoint.event')}
          <input
            value={event}
            onChange={(change) => setEvent(change.target.value)}
            dir="ltr"
            placeholder={t('touchpoint.eventPlaceholder')}
          />
        </label>
        {filters.map((row, index) => (
          <div key={index} className="filter-row">
            <input
              aria-label={t('touchpoint.property')}
              value={row.property}
              dir="ltr"
              placeholder={t('touchpoint.property')}
              onChange={(change) =>
                setFilters(filters.with(index, { ...row, property: change.target.value }))
              }
            />
            <select
              aria-label={t('touchpoint.operator')}
              value={row.operator}
              onChange={(change) =>
                setFilters(
                  filters.with(index, {
                    ...row,
                    operator:
                      PROPERTY_OPERATORS.find((operator) => operator === change.target.value) ?? row.operator,
                  }),
                )
              }
            >
              {PROPERTY_OPERATORS.map((operator) => (
                <option key={operator} value={operator}>
                  {t(`operator.${operator}`)}
                </option>
              ))}
            </select>
            {NO_VALUE.has(row.operator) ? null : (
              <input
                aria-label={t('touchpoint.value')}
                value={row.value}
                dir="auto"
                placeholder={t('touchpoint.value')}
                onChange={(change) => setFilters(filters.with(index, { ...row, value: change.target.value }))}
              />
            )}
            <button
              type="button"
              aria-label={t('touchpoint.removeFilter')}
              onClick={() => setFilters(filters.filter((_, other) => other !== index))}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => setFilters([...filters, { property: '', operator: 'equals', value: '' }])}
        >
          + {t('touchpoint.addFilter')}
        </button>
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
