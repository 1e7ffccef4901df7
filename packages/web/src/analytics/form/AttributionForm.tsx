import { ATTRIBUTION_MODELS, type AttributionQuery } from '@safar/core';
import { useT } from '../../i18n/useT';
import { DurationField } from './DurationField';
import { StepList } from './StepList';
import { StepPicker } from './StepPicker';
import type { StepSources } from './useStepSources';

/** Attribution: the conversion, what a touch is (channels or touchpoints), lookback, models, half-life. */
export function AttributionForm({
  spec,
  sources,
  onChange,
}: {
  spec: AttributionQuery;
  sources: StepSources;
  onChange: (spec: AttributionQuery) => void;
}) {
  const t = useT();
  const { by } = spec;
  return (
    <>
      <div className="analytics-field">
        <span>{t('analytics.attribution.conversion')}</span>
        <StepPicker
          step={spec.conversion}
          sources={sources}
          label={t('analytics.attribution.conversion')}
          onChange={(conversion) => onChange({ ...spec, conversion })}
        />
      </div>
      <fieldset className="analytics-fieldset">
        <legend>{t('analytics.attribution.by')}</legend>
        <label className="check">
          <input
            type="radio"
            checked={by.kind === 'channel'}
            onChange={() => onChange({ ...spec, by: { kind: 'channel' } })}
          />
          {t('analytics.attribution.byChannel')}
        </label>
        <label className="check">
          <input
            type="radio"
            checked={by.kind === 'touchpoints'}
            onChange={() => onChange({ ...spec, by: { kind: 'touchpoints', touchpoints: [] } })}
          />
          {t('analytics.attribution.byTouchpoints')}
        </label>
        {by.kind === 'touchpoints' ? (
          <StepList
            steps={by.touchpoints}
            sources={sources}
            max={50}
            itemLabel={(n) => t('analytics.attribution.touchN', { n })}
            addLabel={t('analytics.attribution.addTouchpoint')}
            testId="attribution-touchpoints"
            onChange={(touchpoints) => onChange({ ...spec, by: { kind: 'touchpoints', touchpoints } })}
          />
        ) : null}
      </fieldset>
      <fieldset className="analytics-fieldset">
        <legend>{t('analytics.attribution.models')}</legend>
        {ATTRIBUTION_MODELS.map((model) => (
          <label key={model} className="check">
            <input
              type="checkbox"
              checked={spec.models.includes(model)}
              onChange={(event) =>
                onChange({
                  ...spec,
                  models: ATTRIBUTION_MODELS.filter((other) =>
                    other === model ? event.target.checked : spec.models.includes(other),
                  ),
                })
              }
            />
            {t(`analytics.attribution.model.${model}`)}
          </label>
        ))}
      </fieldset>
      <div className="inline-fields">
        <DurationField
          label={t('analytics.attribution.lookback')}
          value={spec.lookback}
          onChange={(lookback) => onChange({ ...spec, lookback })}
        />
        {spec.models.includes('time_decay') ? (
          <DurationField
            label={t('analytics.attribution.halfLife')}
            value={spec.halfLife}
            onChange={(halfLife) => onChange({ ...spec, halfLife })}
          />
        ) : null}
      </div>
    </>
  );
}
