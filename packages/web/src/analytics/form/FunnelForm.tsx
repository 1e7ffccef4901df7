import { FUNNEL_ORDERS, type FunnelQuery } from '@safar/core';
import { useT } from '../../i18n/useT';
import { EMPTY_EVENT_STEP } from '../analytics-kinds';
import { DurationField } from './DurationField';
import { StepList } from './StepList';
import { StepPicker } from './StepPicker';
import type { StepSources } from './useStepSources';

const BREAKDOWNS = ['none', 'property', 'channel', 'persona'] as const;

/** A funnel's steps, order, window, exclusions and breakdown. */
export function FunnelForm({
  spec,
  sources,
  onChange,
}: {
  spec: FunnelQuery;
  sources: StepSources;
  onChange: (spec: FunnelQuery) => void;
}) {
  const t = useT();
  const { breakdown } = spec;
  const stepOptions = spec.steps.map((_, index) => (
    <option key={index} value={index}>
      {t('analytics.step.n', { n: index + 1 })}
    </option>
  ));
  return (
    <>
      <fieldset className="analytics-fieldset">
        <legend>{t('analytics.funnel.steps')}</legend>
        <StepList
          steps={spec.steps}
          sources={sources}
          max={20}
          itemLabel={(n) => t('analytics.step.n', { n })}
          testId="funnel-steps"
          onChange={(steps) =>
            onChange({ ...spec, steps, exclusions: spec.exclusions.filter((e) => e.to < steps.length) })
          }
        />
      </fieldset>
      <div className="inline-fields">
        <label className="analytics-field">
          <span>{t('analytics.funnel.order')}</span>
          <select
            value={spec.order}
            onChange={(event) => {
              const order = FUNNEL_ORDERS.find((option) => option === event.target.value) ?? spec.order;
              // An unordered funnel has no "between two steps" for exclusions.
              onChange({ ...spec, order, exclusions: order === 'unordered' ? [] : spec.exclusions });
            }}
          >
            {FUNNEL_ORDERS.map((order) => (
              <option key={order} value={order}>
                {t(`analytics.funnel.order.${order}`)}
              </option>
            ))}
          </select>
        </label>
        <DurationField
          label={t('analytics.funnel.window')}
          value={spec.window}
          onChange={(window) => onChange({ ...spec, window })}
        />
        <label className="analytics-field">
          <span>{t('analytics.funnel.breakdown')}</span>
          <select
            value={breakdown?.kind ?? 'none'}
            data-testid="funnel-breakdown"
            onChange={(event) => {
              const kind = BREAKDOWNS.find((option) => option === event.target.value) ?? 'none';
              const { breakdown: _dropped, ...rest } = spec;
              if (kind === 'none') onChange(rest);
              else if (kind === 'property') onChange({ ...rest, breakdown: { kind, property: '' } });
              else onChange({ ...rest, breakdown: { kind } });
            }}
          >
            {BREAKDOWNS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`analytics.funnel.breakdown.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        {breakdown?.kind === 'property' ? (
          <label className="analytics-field">
            <span>{t('analytics.funnel.breakdownProperty')}</span>
            <input
              dir="ltr"
              value={breakdown.property}
              onChange={(event) =>
                onChange({ ...spec, breakdown: { kind: 'property', property: event.target.value } })
              }
            />
          </label>
        ) : null}
      </div>
      {spec.order !== 'unordered' && spec.steps.length > 1 ? (
        <fieldset className="analytics-fieldset">
          <legend>{t('analytics.funnel.exclusions')}</legend>
          <ul className="step-list">
            {spec.exclusions.map((exclusion, index) => {
              const set = (changed: Partial<typeof exclusion>) =>
                onChange({
                  ...spec,
                  exclusions: spec.exclusions.map((e, at) => (at === index ? { ...e, ...changed } : e)),
                });
              return (
                <li key={index}>
                  <StepPicker
                    step={exclusion.step}
                    sources={sources}
                    label={t('analytics.funnel.exclusion', { n: index + 1 })}
                    onChange={(step) => set({ step })}
                  />
                  <label>
                    {t('analytics.funnel.exclusionFrom')}
                    <select
                      value={exclusion.from}
                      onChange={(event) => set({ from: Number(event.target.value) })}
                    >
                      {stepOptions}
                    </select>
                  </label>
                  <label>
                    {t('analytics.funnel.exclusionTo')}
                    <select
                      value={exclusion.to}
                      onChange={(event) => set({ to: Number(event.target.value) })}
                    >
                      {stepOptions}
                    </select>
                  </label>
                  <button
                    type="button"
                    aria-label={t('analytics.funnel.removeExclusion', { n: index + 1 })}
                    onClick={() =>
                      onChange({ ...spec, exclusions: spec.exclusions.filter((_, at) => at !== index) })
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
                disabled={spec.exclusions.length >= 10}
                onClick={() =>
                  onChange({
                    ...spec,
                    exclusions: [...spec.exclusions, { step: EMPTY_EVENT_STEP, from: 0, to: 1 }],
                  })
                }
              >
                + {t('analytics.funnel.addExclusion')}
              </button>
            </li>
          </ul>
        </fieldset>
      ) : null}
    </>
  );
}
