import { JOURNEY_TYPES, MAP_KINDS, MAP_STATUSES, type MapGoal, type OperationOf } from '@safar/core';
import { useT } from '../i18n/useT';
import { useFormat } from '../i18n/useFormat';
import { CommitField } from './CommitField';
import { CounterpartPicker } from './CounterpartPicker';
import { MapPersonas } from './MapPersonas';
import { MetricsControls } from './metrics/MetricsControls';
import { ResourcesPanel } from './ResourcesPanel';
import type { MapEditor } from './useMapEditor';

const GOAL_FIELDS: readonly (keyof MapGoal)[] = ['why', 'purpose', 'audience', 'basis'];

/** Title, goal, kind, journey type, status and review date of the map. */
export function MapHeader({ editor, workspaceId }: { editor: MapEditor; workspaceId: string }) {
  const t = useT();
  const format = useFormat();
  const { map } = editor;
  const update = (changes: OperationOf<'updateMap'>['changes']) =>
    editor.edit([{ type: 'updateMap', changes }]);

  return (
    <section className="map-header" aria-label={t('editor.header')}>
      <h1 className="visually-hidden">{map.title}</h1>
      <CommitField
        className="map-title"
        value={map.title}
        label={t('editor.title')}
        onCommit={(title) => title.trim() && update({ title: title.trim() })}
      />
      <div className="map-meta">
        <label>
          {t('editor.kind')}
          <select
            value={map.kind}
            onChange={(event) =>
              update({ kind: MAP_KINDS.find((kind) => kind === event.target.value) ?? map.kind })
            }
          >
            {MAP_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`mapKind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('editor.journeyType')}
          <select
            value={map.journeyType}
            onChange={(event) =>
              update({
                journeyType: JOURNEY_TYPES.find((type) => type === event.target.value) ?? map.journeyType,
              })
            }
          >
            {JOURNEY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`journeyType.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('editor.status')}
          <select
            value={map.status}
            onChange={(event) =>
              update({ status: MAP_STATUSES.find((status) => status === event.target.value) ?? map.status })
            }
          >
            {MAP_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`mapStatus.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <CounterpartPicker editor={editor} workspaceId={workspaceId} />
        <span className="muted">
          {t('editor.lastReviewed')}:{' '}
          {map.lastReviewedAt ? format.date(map.lastReviewedAt) : t('editor.never')}
        </span>
        <button
          type="button"
          onClick={() => update({ lastReviewedAt: new Date().toISOString().slice(0, 10) })}
        >
          {t('editor.markReviewed')}
        </button>
      </div>
      <MapPersonas editor={editor} workspaceId={workspaceId} />
      <details className="map-goal">
        <summary>{t('editor.goal')}</summary>
        <div className="goal-fields">
          {GOAL_FIELDS.map((field) => (
            <label key={field}>
              {t(`goal.${field}`)}
              <CommitField
                multiline
                value={map.goal[field]}
                label={t(`goal.${field}`)}
                onCommit={(value) => update({ goal: { ...map.goal, [field]: value } })}
              />
            </label>
          ))}
        </div>
      </details>
      <ResourcesPanel editor={editor} />
      <MetricsControls editor={editor} workspaceId={workspaceId} />
    </section>
  );
}
