import { useT } from '../i18n/useT';
import type { AnalyticsSpec, SpecIssue } from './analytics-kinds';
import { AttributionForm } from './form/AttributionForm';
import { ConformanceForm } from './form/ConformanceForm';
import { FrictionForm } from './form/FrictionForm';
import { FunnelForm } from './form/FunnelForm';
import { PathsForm } from './form/PathsForm';
import { RetentionForm } from './form/RetentionForm';
import { ScopeFields } from './form/ScopeFields';
import { useStepSources, type StepSources } from './form/useStepSources';

function KindFields({
  spec,
  sources,
  onChange,
}: {
  spec: AnalyticsSpec;
  sources: StepSources;
  onChange: (spec: AnalyticsSpec) => void;
}) {
  switch (spec.kind) {
    case 'funnel':
      return <FunnelForm spec={spec} sources={sources} onChange={onChange} />;
    case 'paths':
      return <PathsForm spec={spec} sources={sources} onChange={onChange} />;
    case 'retention':
      return <RetentionForm spec={spec} sources={sources} onChange={onChange} />;
    case 'attribution':
      return <AttributionForm spec={spec} sources={sources} onChange={onChange} />;
    case 'friction':
      return <FrictionForm spec={spec} sources={sources} onChange={onChange} />;
    case 'conformance':
      return <ConformanceForm spec={spec} sources={sources} onChange={onChange} />;
  }
}

/** The spec of the chosen kind as a form: its own fields, then the scope; submitting runs it. */
export function QueryForm({
  workspaceId,
  spec,
  issues,
  running,
  onChange,
  onRun,
}: {
  workspaceId: string;
  spec: AnalyticsSpec;
  issues: readonly SpecIssue[];
  running: boolean;
  onChange: (spec: AnalyticsSpec) => void;
  onRun: () => void;
}) {
  const t = useT();
  const sources = useStepSources(workspaceId);
  return (
    <form
      className="analytics-form panel"
      data-testid="analytics-form"
      aria-label={t('analytics.form')}
      onSubmit={(event) => {
        event.preventDefault();
        onRun();
      }}
    >
      <KindFields spec={spec} sources={sources} onChange={onChange} />
      <ScopeFields
        workspaceId={workspaceId}
        scope={spec}
        onChange={(scope) => onChange({ ...spec, ...scope })}
      />
      {issues.length > 0 ? (
        <ul className="error analytics-issues" role="alert" data-testid="analytics-issues">
          {issues.map((issue, index) => (
            <li key={index}>
              {t('analytics.issue', { path: issue.path || spec.kind, message: issue.message })}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="analytics-run">
        <button type="submit" className="primary" data-testid="analytics-run" disabled={running}>
          {running ? t('analytics.running') : t('analytics.run')}
        </button>
      </div>
    </form>
  );
}
