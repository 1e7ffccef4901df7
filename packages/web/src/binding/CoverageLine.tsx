import { segmentRuleSchema, type Coverage, type SegmentRule } from '@safar/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { suggestionsApi } from '../api/suggestions';
import { useT } from '../i18n/useT';
import { useDebounced } from './useDebounced';

/** "Covers N of M customers (P%)", or why there is no number yet. */
function CoverageText({
  coverage,
  busy,
  failed,
  personaId,
}: {
  personaId?: string;
  coverage: Coverage | undefined;
  busy: boolean;
  failed: string | null;
}) {
  const t = useT();
  const intl = useIntl();
  const share = coverage && coverage.total > 0 ? coverage.persons / coverage.total : 0;
  return (
    <p
      className="binding-preview binding-coverage wide"
      data-testid="persona-coverage"
      data-persona-id={personaId}
      data-state={
        failed ? 'error' : !coverage || busy ? 'loading' : coverage.persons === 0 ? 'empty' : 'ready'
      }
      data-persons={coverage?.persons}
      data-total={coverage?.total}
    >
      <span className="binding-count" role="status" aria-busy={busy}>
        {failed
          ? t('binding.coverageFailed', { message: failed })
          : coverage
            ? t('binding.coverage', {
                persons: coverage.persons,
                total: coverage.total,
                share: intl.formatNumber(share, { style: 'percent', maximumFractionDigits: 0 }),
              })
            : t('binding.countingCustomers')}
      </span>
    </p>
  );
}

/** The coverage of a rule being edited: asked for again (debounced) as its conditions change. */
export function RuleCoverage({ workspaceId, rule }: { workspaceId: string; rule: SegmentRule | null }) {
  const t = useT();
  const settled = useDebounced(rule ? JSON.stringify(rule) : null, 350);
  const coverage = useQuery({
    queryKey: ['coverage', workspaceId, settled],
    queryFn: () =>
      suggestionsApi.coverage(workspaceId, {
        segmentRule: segmentRuleSchema.parse(JSON.parse(settled ?? '{}')),
      }),
    enabled: settled !== null,
    placeholderData: keepPreviousData,
  });
  if (rule === null)
    return (
      <p
        className="binding-preview binding-coverage wide"
        data-testid="persona-coverage"
        data-state="incomplete"
      >
        {t('binding.coverageIncomplete')}
      </p>
    );
  return (
    <CoverageText
      coverage={coverage.data}
      busy={settled !== JSON.stringify(rule) || coverage.isFetching}
      failed={coverage.error?.message ?? null}
    />
  );
}

/** A saved persona's coverage, by its stored rule (asked for again when it is saved). */
export function PersonaCoverage({
  workspaceId,
  personaId,
  revision,
}: {
  workspaceId: string;
  personaId: string;
  revision: number;
}) {
  const coverage = useQuery({
    queryKey: ['persona-coverage', workspaceId, personaId, revision],
    queryFn: () => suggestionsApi.personaCoverage(workspaceId, personaId),
  });
  return (
    <CoverageText
      personaId={personaId}
      coverage={coverage.data}
      busy={coverage.isFetching}
      failed={coverage.error?.message ?? null}
    />
  );
}
