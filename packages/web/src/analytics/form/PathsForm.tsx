import type { PathsQuery } from '@safar/core';
import { useT } from '../../i18n/useT';
import { EMPTY_EVENT_STEP } from '../analytics-kinds';
import { ExcludedEventsField } from './ExcludedEventsField';
import { NumberField } from './NumberField';
import { SessionGapField } from './SessionGapField';
import { StepPicker } from './StepPicker';
import type { StepSources } from './useStepSources';

/** Paths: the anchor and direction, depth, sessions, cleaning rules, events left out and how many moves to keep. */
export function PathsForm({
  spec,
  sources,
  onChange,
}: {
  spec: PathsQuery;
  sources: StepSources;
  onChange: (spec: PathsQuery) => void;
}) {
  const t = useT();
  const { anchor, ...withoutAnchor } = spec;
  return (
    <>
      <fieldset className="analytics-fieldset">
        <legend>{t('analytics.paths.anchor')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={anchor !== undefined}
            data-testid="paths-anchor-toggle"
            onChange={(event) =>
              onChange(event.target.checked ? { ...spec, anchor: EMPTY_EVENT_STEP } : withoutAnchor)
            }
          />
          {t('analytics.paths.useAnchor')}
        </label>
        {anchor ? (
          <>
            <StepPicker
              step={anchor}
              sources={sources}
              label={t('analytics.paths.anchor')}
              onChange={(step) => onChange({ ...spec, anchor: step })}
            />
            <select
              aria-label={t('analytics.paths.direction')}
              value={spec.direction}
              onChange={(event) =>
                onChange({ ...spec, direction: event.target.value === 'to' ? 'to' : 'from' })
              }
            >
              <option value="from">{t('analytics.paths.direction.from')}</option>
              <option value="to">{t('analytics.paths.direction.to')}</option>
            </select>
          </>
        ) : (
          <span className="muted">{t('analytics.paths.fromSessionStart')}</span>
        )}
      </fieldset>
      <div className="inline-fields">
        <NumberField
          label={t('analytics.paths.depth')}
          value={spec.depth}
          min={1}
          max={10}
          onChange={(depth) => onChange({ ...spec, depth })}
        />
        <NumberField
          label={t('analytics.paths.maxEdges')}
          value={spec.maxEdges}
          min={1}
          max={1000}
          onChange={(maxEdges) => onChange({ ...spec, maxEdges })}
        />
        <SessionGapField
          value={spec.sessionGapMinutes}
          fallback={30}
          onChange={(sessionGapMinutes) => onChange({ ...spec, sessionGapMinutes })}
        />
      </div>
      <fieldset className="analytics-fieldset">
        <legend>{t('analytics.paths.cleaning')}</legend>
        <ul className="step-list">
          {spec.cleaning.map((rule, index) => {
            const set = (changed: Partial<typeof rule>) =>
              onChange({
                ...spec,
                cleaning: spec.cleaning.map((r, at) => (at === index ? { ...r, ...changed } : r)),
              });
            return (
              <li key={index}>
                <input
                  dir="ltr"
                  aria-label={t('analytics.paths.pattern')}
                  placeholder={t('analytics.paths.pattern')}
                  value={rule.pattern}
                  onChange={(event) => set({ pattern: event.target.value })}
                />
                <input
                  dir="ltr"
                  aria-label={t('analytics.paths.replacement')}
                  placeholder={t('analytics.paths.replacement')}
                  value={rule.replacement}
                  onChange={(event) => set({ replacement: event.target.value })}
                />
                <button
                  type="button"
                  aria-label={t('analytics.paths.removeRule', { n: index + 1 })}
                  onClick={() =>
                    onChange({ ...spec, cleaning: spec.cleaning.filter((_, at) => at !== index) })
                  }
                >
                  ×
                </button>
              </li>
            );
          })}
          <li>
            <button
              type="button"
              disabled={spec.cleaning.length >= 20}
              onClick={() =>
                onChange({ ...spec, cleaning: [...spec.cleaning, { pattern: '', replacement: '' }] })
              }
            >
              + {t('analytics.paths.addRule')}
            </button>
          </li>
        </ul>
      </fieldset>
      <ExcludedEventsField
        excluded={spec.excludeEvents}
        sources={sources}
        onChange={(excludeEvents) => onChange({ ...spec, excludeEvents })}
      />
    </>
  );
}
