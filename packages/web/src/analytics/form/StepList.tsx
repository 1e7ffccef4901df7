import type { JourneyStep } from '@safar/core';
import { useT } from '../../i18n/useT';
import { StepPicker } from './StepPicker';
import type { StepSources } from './useStepSources';

/** An ordered list of journey steps: add, remove, move up and down. */
export function StepList({
  steps,
  sources,
  max,
  itemLabel,
  addLabel,
  onChange,
  testId,
}: {
  steps: readonly JourneyStep[];
  sources: StepSources;
  max: number;
  /** "Step {n}", "Error {n}", … */
  itemLabel: (n: number) => string;
  /** The add button's text (default: "Add step"). */
  addLabel?: string;
  onChange: (steps: JourneyStep[]) => void;
  testId: string;
}) {
  const t = useT();
  const move = (from: number, to: number) => {
    const next = [...steps];
    const [moved] = next.splice(from, 1);
    if (moved) next.splice(to, 0, moved);
    onChange(next);
  };
  const fresh = (): JourneyStep =>
    sources.touchpoints[0]
      ? { kind: 'touchpoint', touchpointId: '' }
      : { kind: 'event', matcher: { event: '', filters: [] } };
  return (
    <ol className="step-list" data-testid={testId}>
      {steps.map((step, index) => (
        <li key={index}>
          <StepPicker
            step={step}
            sources={sources}
            label={itemLabel(index + 1)}
            onChange={(changed) => onChange(steps.map((other, at) => (at === index ? changed : other)))}
          />
          <button
            type="button"
            aria-label={t('analytics.step.moveUp', { n: index + 1 })}
            disabled={index === 0}
            onClick={() => move(index, index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={t('analytics.step.moveDown', { n: index + 1 })}
            disabled={index === steps.length - 1}
            onClick={() => move(index, index + 1)}
          >
            ↓
          </button>
          <button
            type="button"
            aria-label={t('analytics.step.remove', { n: index + 1 })}
            onClick={() => onChange(steps.filter((_, at) => at !== index))}
          >
            ×
          </button>
        </li>
      ))}
      <li>
        <button
          type="button"
          data-testid={`${testId}-add`}
          disabled={steps.length >= max}
          onClick={() => onChange([...steps, fresh()])}
        >
          + {addLabel ?? t('analytics.step.add')}
        </button>
      </li>
    </ol>
  );
}
