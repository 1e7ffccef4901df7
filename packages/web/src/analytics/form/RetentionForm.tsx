import { RETENTION_PERIODS, type RetentionQuery } from '@safar/core';
import { useT } from '../../i18n/useT';
import { NumberField } from './NumberField';
import { StepPicker } from './StepPicker';
import type { StepSources } from './useStepSources';

/** Retention: what starts a cohort, what counts as coming back, by which period and for how many. */
export function RetentionForm({
  spec,
  sources,
  onChange,
}: {
  spec: RetentionQuery;
  sources: StepSources;
  onChange: (spec: RetentionQuery) => void;
}) {
  const t = useT();
  return (
    <>
      <div className="analytics-field" data-testid="retention-start">
        <span>{t('analytics.retention.startStep')}</span>
        <StepPicker
          step={spec.startStep}
          sources={sources}
          label={t('analytics.retention.startStep')}
          onChange={(startStep) => onChange({ ...spec, startStep })}
        />
      </div>
      <div className="analytics-field" data-testid="retention-return">
        <span>{t('analytics.retention.returnStep')}</span>
        <StepPicker
          step={spec.returnStep}
          sources={sources}
          label={t('analytics.retention.returnStep')}
          onChange={(returnStep) => onChange({ ...spec, returnStep })}
        />
      </div>
      <div className="inline-fields">
        <label className="analytics-field">
          <span>{t('analytics.retention.periodField')}</span>
          <select
            value={spec.period}
            onChange={(event) =>
              onChange({
                ...spec,
                period: RETENTION_PERIODS.find((period) => period === event.target.value) ?? spec.period,
              })
            }
          >
            {RETENTION_PERIODS.map((period) => (
              <option key={period} value={period}>
                {t(`analytics.retention.period.${period}`)}
              </option>
            ))}
          </select>
        </label>
        <NumberField
          label={t('analytics.retention.periods')}
          value={spec.periods}
          min={1}
          max={52}
          onChange={(periods) => onChange({ ...spec, periods })}
        />
      </div>
    </>
  );
}
