import { FRICTION_RANKINGS, type FrictionQuery } from '@safar/core';
import { useT } from '../../i18n/useT';
import { EMPTY_EVENT_STEP } from '../analytics-kinds';
import { DurationField } from './DurationField';
import { StepList } from './StepList';
import { StepPicker } from './StepPicker';
import type { StepSources } from './useStepSources';

/** Friction: the designed steps, what success is, the error events, the stall threshold, the ranking. */
export function FrictionForm({
  spec,
  sources,
  onChange,
}: {
  spec: FrictionQuery;
  sources: StepSources;
  onChange: (spec: FrictionQuery) => void;
}) {
  const t = useT();
  const { conversion, ...withoutConversion } = spec;
  return (
    <>
      <fieldset className="analytics-fieldset">
        <legend>{t('analytics.friction.steps')}</legend>
        <StepList
          steps={spec.steps}
          sources={sources}
          max={20}
          itemLabel={(n) => t('analytics.step.n', { n })}
          testId="friction-steps"
          onChange={(steps) => onChange({ ...spec, steps })}
        />
      </fieldset>
      <fieldset className="analytics-fieldset">
        <legend>{t('analytics.friction.conversion')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={conversion === undefined}
            onChange={(event) =>
              onChange(event.target.checked ? withoutConversion : { ...spec, conversion: EMPTY_EVENT_STEP })
            }
          />
          {t('analytics.friction.lastStepConverts')}
        </label>
        {conversion ? (
          <StepPicker
            step={conversion}
            sources={sources}
            label={t('analytics.friction.conversion')}
            onChange={(step) => onChange({ ...spec, conversion: step })}
          />
        ) : null}
      </fieldset>
      <fieldset className="analytics-fieldset">
        <legend>{t('analytics.friction.errors')}</legend>
        <StepList
          steps={spec.errors}
          sources={sources}
          max={20}
          itemLabel={(n) => t('analytics.friction.errorN', { n })}
          addLabel={t('analytics.friction.addError')}
          testId="friction-errors"
          onChange={(errors) => onChange({ ...spec, errors })}
        />
      </fieldset>
      <div className="inline-fields">
        <DurationField
          label={t('analytics.friction.stallAfter')}
          value={spec.stallAfter}
          onChange={(stallAfter) => onChange({ ...spec, stallAfter })}
        />
        <label className="analytics-field">
          <span>{t('analytics.friction.rankBy')}</span>
          <select
            value={spec.rankBy}
            onChange={(event) =>
              onChange({
                ...spec,
                rankBy: FRICTION_RANKINGS.find((rank) => rank === event.target.value) ?? spec.rankBy,
              })
            }
          >
            {FRICTION_RANKINGS.map((rank) => (
              <option key={rank} value={rank}>
                {t(`analytics.friction.rankBy.${rank}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </>
  );
}
