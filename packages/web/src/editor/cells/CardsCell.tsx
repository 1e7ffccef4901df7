import { createId, OPPORTUNITY_STATUSES, type CellContent } from '@safar/core';
import { useState, type ReactNode } from 'react';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { CommitField } from '../CommitField';
import { KpiValue } from '../metrics/KpiValue';
import { setOrClear, type CellProps } from './CellView';
import { MetricMeasureEditor } from './MetricMeasureEditor';

type CardShape = 'pain-points' | 'opportunities' | 'metrics';
type Cards<S extends CardShape> = Extract<CellContent, { shape: S }>;
type Item<S extends CardShape> = Cards<S>['items'][number];
const RATINGS = [1, 2, 3, 4, 5] as const;

/** Pain points (severity), opportunities (impact, effort, status) and metrics (definition, target) as cards. */
export function CardsCell(props: CellProps & { shape: CardShape }) {
  switch (props.shape) {
    case 'pain-points':
      return <CardList {...props} shape="pain-points" />;
    case 'opportunities':
      return <CardList {...props} shape="opportunities" />;
    case 'metrics':
      return <CardList {...props} shape="metrics" />;
  }
}

function newItem<S extends CardShape>(shape: S, text: string): Item<CardShape> {
  const id = createId();
  if (shape === 'pain-points') return { id, text, severity: 3 };
  if (shape === 'opportunities') return { id, text, impact: 3, effort: 3, status: 'idea' };
  return { id, name: text, definition: '', target: null, unit: '', direction: 'higher-is-better' };
}

function CardList<S extends CardShape>({ editor, lane, step, shape, workspaceId }: CellProps & { shape: S }) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const content = editor.map.cells[lane.id]?.[step.id];
  const items: Item<CardShape>[] =
    content && content.shape === shape && 'items' in content ? [...content.items] : [];

  // The cell's shape is fixed by its lane, so items always match `shape`.
  const write = (next: Item<CardShape>[]) =>
    setOrClear(editor, lane, step, next.length ? ({ shape, items: next } as CellContent) : null);
  const replace = (id: string, item: Item<CardShape>) =>
    write(items.map((other) => (other.id === id ? item : other)));

  return (
    <div className="cards">
      {items.map((item) => (
        <div key={item.id} className={`card ${shape}`} dir="auto" data-testid="card">
          <CardSummary item={item} />
          {'name' in item ? (
            <KpiValue laneId={lane.id} stepId={step.id} metricId={item.id} measure={item.measure} />
          ) : null}
          <div className="card-actions">
            <button
              type="button"
              aria-expanded={editing === item.id}
              aria-label={t('common.editNamed', { name: 'text' in item ? item.text : item.name })}
              onClick={() => setEditing(editing === item.id ? null : item.id)}
            >
              ✎
            </button>
            <button
              type="button"
              aria-label={t('editor.removeItem', { name: 'text' in item ? item.text : item.name })}
              onClick={() => write(items.filter((other) => other.id !== item.id))}
            >
              ×
            </button>
          </div>
          {editing === item.id ? (
            <CardEditor
              item={item}
              onChange={(next) => replace(item.id, next)}
              measureEditor={(metric, change) => (
                <MetricMeasureEditor
                  editor={editor}
                  workspaceId={workspaceId}
                  measure={metric.measure}
                  onChange={(measure) => {
                    // Without a measure the key goes, so the saved item is as the schema parses it.
                    const { measure: _previous, ...rest } = metric;
                    change(measure ? { ...rest, measure } : rest);
                  }}
                />
              )}
            />
          ) : null}
        </div>
      ))}
      <input
        className="card-input"
        value={draft}
        dir="auto"
        placeholder="+"
        aria-label={t(`editor.add.${shape}`)}
        data-dirty={draft ? 'true' : 'false'}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && draft.trim()) {
            write([...items, newItem(shape, draft.trim())]);
            setDraft('');
          }
        }}
      />
    </div>
  );
}

function CardSummary({ item }: { item: Item<CardShape> }) {
  const t = useT();
  const format = useFormat();
  if ('severity' in item) {
    return (
      <>
        <bdi>{item.text}</bdi>
        <span className="muted">{t('editor.severity', { value: format.number(item.severity) })}</span>
      </>
    );
  }
  if ('impact' in item) {
    return (
      <>
        <bdi>{item.text}</bdi>
        <span className="muted">
          {t('editor.impactEffort', {
            impact: format.number(item.impact),
            effort: format.number(item.effort),
          })}{' '}
          · {t(`opportunityStatus.${item.status}`)}
        </span>
      </>
    );
  }
  return (
    <>
      <strong>
        <bdi>{item.name}</bdi>
      </strong>
      {item.definition ? <span className="muted">{item.definition}</span> : null}
      {item.target !== null ? (
        <span className="muted">
          {t('editor.target', { value: `${format.number(item.target)}${item.unit ? ` ${item.unit}` : ''}` })}
        </span>
      ) : null}
    </>
  );
}

function RatingSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
}) {
  const format = useFormat();
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {RATINGS.map((rating) => (
          <option key={rating} value={rating}>
            {format.number(rating)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The fields of one card, each change saved at once as one cell edit. */
function CardEditor({
  item,
  onChange,
  measureEditor,
}: {
  item: Item<CardShape>;
  onChange: (item: Item<CardShape>) => void;
  /** A metric's measure, edited where the workspace's touchpoints are at hand. */
  measureEditor: (metric: Item<'metrics'>, change: (metric: Item<'metrics'>) => void) => ReactNode;
}) {
  const t = useT();
  if ('severity' in item) {
    return (
      <div className="card-editor">
        <CommitField
          value={item.text}
          label={t('editor.cardText')}
          onCommit={(text) => text.trim() && onChange({ ...item, text: text.trim() })}
        />
        <RatingSelect
          label={t('editor.severityLabel')}
          value={item.severity}
          onChange={(severity) => onChange({ ...item, severity })}
        />
      </div>
    );
  }
  if ('impact' in item) {
    return (
      <div className="card-editor">
        <CommitField
          value={item.text}
          label={t('editor.cardText')}
          onCommit={(text) => text.trim() && onChange({ ...item, text: text.trim() })}
        />
        <RatingSelect
          label={t('editor.impact')}
          value={item.impact}
          onChange={(impact) => onChange({ ...item, impact })}
        />
        <RatingSelect
          label={t('editor.effort')}
          value={item.effort}
          onChange={(effort) => onChange({ ...item, effort })}
        />
        <label>
          {t('editor.opportunityStatus')}
          <select
            value={item.status}
            onChange={(event) =>
              onChange({
                ...item,
                status: OPPORTUNITY_STATUSES.find((status) => status === event.target.value) ?? item.status,
              })
            }
          >
            {OPPORTUNITY_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`opportunityStatus.${status}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    );
  }
  return (
    <div className="card-editor">
      <CommitField
        value={item.name}
        label={t('editor.metricName')}
        onCommit={(name) => name.trim() && onChange({ ...item, name: name.trim() })}
      />
      <CommitField
        multiline
        value={item.definition}
        label={t('editor.metricDefinition')}
        onCommit={(definition) => onChange({ ...item, definition })}
      />
      <CommitField
        value={item.target === null ? '' : String(item.target)}
        label={t('editor.metricTarget')}
        onCommit={(target) => {
          const value = target.trim() === '' ? null : Number(target);
          return value === null || Number.isFinite(value) ? onChange({ ...item, target: value }) : false;
        }}
      />
      <CommitField
        value={item.unit}
        label={t('editor.metricUnit')}
        onCommit={(unit) => onChange({ ...item, unit })}
      />
      <label>
        {t('editor.metricDirection')}
        <select
          value={item.direction}
          onChange={(event) =>
            onChange({
              ...item,
              direction: event.target.value === 'lower-is-better' ? 'lower-is-better' : 'higher-is-better',
            })
          }
        >
          <option value="higher-is-better">{t('editor.higherIsBetter')}</option>
          <option value="lower-is-better">{t('editor.lowerIsBetter')}</option>
        </select>
      </label>
      {measureEditor(item, onChange)}
    </div>
  );
}
