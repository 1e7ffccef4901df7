import { createId, type CellContent } from '@safar/core';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { useFormat } from '../../i18n/useFormat';
import { setOrClear, type CellProps } from './CellView';

type CardShape = 'pain-points' | 'opportunities' | 'metrics';
type CardContent = Extract<CellContent, { shape: CardShape }>;

/** Pain points, opportunities (impact / effort) and metrics (definition / target) as cards. */
export function CardsCell({ editor, lane, step, shape }: CellProps & { shape: CardShape }) {
  const t = useT();
  const format = useFormat();
  const [draft, setDraft] = useState('');
  const content = editor.map.cells[lane.id]?.[step.id];
  const current: CardContent | undefined =
    content && content.shape === shape ? (content as CardContent) : undefined;

  const remove = (id: string) => {
    if (!current) return;
    const items = current.items.filter((item) => item.id !== id);
    setOrClear(editor, lane, step, items.length ? ({ ...current, items } as CardContent) : null);
  };

  const add = (text: string) => {
    const id = createId();
    const next: CardContent =
      shape === 'pain-points'
        ? { shape, items: [...(current?.shape === shape ? current.items : []), { id, text, severity: 3 }] }
        : shape === 'opportunities'
          ? {
              shape,
              items: [
                ...(current?.shape === shape ? current.items : []),
                { id, text, impact: 3, effort: 3, status: 'idea' },
              ],
            }
          : {
              shape,
              items: [
                ...(current?.shape === shape ? current.items : []),
                { id, name: text, definition: '', target: null, unit: '', direction: 'higher-is-better' },
              ],
            };
    setOrClear(editor, lane, step, next);
  };

  return (
    <div className="cards">
      {current?.shape === 'pain-points'
        ? current.items.map((item) => (
            <div key={item.id} className="card pain" dir="auto">
              <bdi>{item.text}</bdi>
              <span className="muted">{t('editor.severity', { value: format.number(item.severity) })}</span>
              <button
                type="button"
                aria-label={t('editor.removeItem', { name: item.text })}
                onClick={() => remove(item.id)}
              >
                ×
              </button>
            </div>
          ))
        : null}
      {current?.shape === 'opportunities'
        ? current.items.map((item) => (
            <div key={item.id} className="card opportunity" dir="auto">
              <bdi>{item.text}</bdi>
              <span className="muted">
                {t('editor.impactEffort', {
                  impact: format.number(item.impact),
                  effort: format.number(item.effort),
                })}{' '}
                · {t(`opportunityStatus.${item.status}`)}
              </span>
              <button
                type="button"
                aria-label={t('editor.removeItem', { name: item.text })}
                onClick={() => remove(item.id)}
              >
                ×
              </button>
            </div>
          ))
        : null}
      {current?.shape === 'metrics'
        ? current.items.map((item) => (
            <div key={item.id} className="card metric" dir="auto">
              <strong>
                <bdi>{item.name}</bdi>
              </strong>
              {item.definition ? <span className="muted">{item.definition}</span> : null}
              {item.target !== null ? (
                <span className="muted">
                  {t('editor.target', {
                    value: `${format.number(item.target)}${item.unit ? ` ${item.unit}` : ''}`,
                  })}
                </span>
              ) : null}
              <button
                type="button"
                aria-label={t('editor.removeItem', { name: item.name })}
                onClick={() => remove(item.id)}
              >
                ×
              </button>
            </div>
          ))
        : null}
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
            add(draft.trim());
            setDraft('');
          }
        }}
      />
    </div>
  );
}
