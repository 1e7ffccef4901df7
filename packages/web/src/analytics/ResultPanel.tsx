import { EVENT_CHANNELS } from '@safar/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { api } from '../api/client';
import { useT } from '../i18n/useT';
import { PersonsDrillDown } from '../persons/PersonsDrillDown';
import type { AnalyticsRun } from './analytics-api';
import { ResultView } from './ResultView';
import { DrillProvider, type DrillRequest } from './drill';
import { ChartFrame } from './export/ChartFrame';
import { resultCsvRows } from './export/result-csv';
import './charts/charts.css';

/** What a run answered, drawn, with its exports and the drill-down of its numbers. */
export function ResultPanel({
  workspaceId,
  run,
  running,
  error,
  savedName,
}: {
  workspaceId: string;
  run: AnalyticsRun | undefined;
  running: boolean;
  error: string | null;
  savedName: string | null;
}) {
  const t = useT();
  const [drill, setDrill] = useState<(DrillRequest & { run: AnalyticsRun }) | null>(null);
  const breakdown = run?.kind === 'funnel' ? run.spec.breakdown?.kind : undefined;
  const personas = useQuery({
    queryKey: ['personas', workspaceId],
    queryFn: () => api.personas(workspaceId),
    enabled: breakdown === 'persona',
  });
  const groupName = useCallback(
    (value: string | null) => {
      if (value === null) return t('analytics.funnel.noValue');
      if (breakdown === 'persona')
        return personas.data?.items.find(({ persona }) => persona.id === value)?.persona.name ?? value;
      const channel = EVENT_CHANNELS.find((name) => name === value);
      return breakdown === 'channel' && channel ? t(`analytics.channel.${channel}`) : value;
    },
    [breakdown, personas.data, t],
  );
  const openDrill = useCallback((request: DrillRequest) => run && setDrill({ ...request, run }), [run]);
  return (
    <section className="analytics-result" aria-live="polite" data-testid="analytics-result">
      {running ? (
        <p role="status" className="muted" data-testid="analytics-running">
          {t('analytics.running')}
        </p>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {t('analytics.failed', { reason: error })}
        </p>
      ) : null}
      {!run && !running && !error ? <p className="muted">{t('analytics.empty')}</p> : null}
      {run ? (
        <DrillProvider value={openDrill}>
          <ChartFrame
            kind={run.kind}
            title={t(`analytics.kind.${run.kind}`)}
            name={savedName}
            csvRows={() => resultCsvRows(run, t, groupName)}
          >
            <ResultView run={run} groupName={groupName} />
          </ChartFrame>
        </DrillProvider>
      ) : null}
      {drill ? (
        <PersonsDrillDown
          workspaceId={workspaceId}
          kind={drill.run.kind}
          query={drill.run.spec}
          select={drill.select}
          title={drill.title}
          onClose={() => setDrill(null)}
        />
      ) : null}
    </section>
  );
}
