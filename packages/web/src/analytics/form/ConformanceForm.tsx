import type { ConformanceQuery } from '@safar/core';
import { useT } from '../../i18n/useT';
import { SessionGapField } from './SessionGapField';
import { StepList } from './StepList';
import type { StepSources } from './useStepSources';

/** Conformance: the designed order, from a map or as steps, and how journeys are cut. */
export function ConformanceForm({
  spec,
  sources,
  onChange,
}: {
  spec: ConformanceQuery;
  sources: StepSources;
  onChange: (spec: ConformanceQuery) => void;
}) {
  const t = useT();
  const { mapId: _mapId, steps: _steps, ...rest } = spec;
  return (
    <>
      <fieldset className="analytics-fieldset">
        <legend>{t('analytics.conformance.designed')}</legend>
        <label className="check">
          <input
            type="radio"
            checked={spec.mapId !== undefined}
            data-testid="conformance-from-map"
            onChange={() => onChange({ ...rest, mapId: sources.maps[0]?.id ?? '' })}
          />
          {t('analytics.conformance.fromMap')}
        </label>
        <label className="check">
          <input
            type="radio"
            checked={spec.mapId === undefined}
            onChange={() => onChange({ ...rest, steps: [] })}
          />
          {t('analytics.conformance.fromSteps')}
        </label>
        {spec.mapId !== undefined ? (
          <select
            aria-label={t('analytics.step.map')}
            value={spec.mapId}
            data-testid="conformance-map"
            onChange={(event) => onChange({ ...rest, mapId: event.target.value })}
          >
            <option value="">{t('analytics.step.choose')}</option>
            {sources.maps.map((map) => (
              <option key={map.id} value={map.id}>
                {map.title}
              </option>
            ))}
          </select>
        ) : (
          <StepList
            steps={spec.steps ?? []}
            sources={sources}
            max={50}
            itemLabel={(n) => t('analytics.step.n', { n })}
            testId="conformance-steps"
            onChange={(steps) => onChange({ ...rest, steps })}
          />
        )}
      </fieldset>
      <SessionGapField
        value={spec.sessionGapMinutes}
        fallback={30}
        onChange={(sessionGapMinutes) => onChange({ ...spec, sessionGapMinutes })}
      />
    </>
  );
}
