import type { AnalyticsRun } from './analytics-api';
import { AttributionChart } from './charts/AttributionChart';
import { AttributionTable } from './charts/AttributionTable';
import { ConformanceSummary } from './charts/ConformanceSummary';
import { FrictionList } from './charts/FrictionList';
import { FrictionSummary } from './charts/FrictionSummary';
import { FunnelChart } from './charts/FunnelChart';
import { PathsSankey } from './charts/PathsSankey';
import { PathsTable } from './charts/PathsTable';
import { RetentionHeatmap } from './charts/RetentionHeatmap';
import { TouchesHistogram } from './charts/TouchesHistogram';

/** The chart of a run's kind (the exported one is the first <svg> of the frame) and its tables. */
export function ResultView({
  run,
  groupName,
}: {
  run: AnalyticsRun;
  groupName: (value: string | null) => string;
}) {
  switch (run.kind) {
    case 'funnel':
      return <FunnelChart run={run} groupName={groupName} />;
    case 'paths':
      return (
        <>
          <PathsSankey run={run} />
          <PathsTable edges={run.result.edges} />
        </>
      );
    case 'retention':
      return <RetentionHeatmap run={run} />;
    case 'attribution':
      return (
        <>
          <AttributionChart run={run} />
          <AttributionTable run={run} />
        </>
      );
    case 'friction':
      return (
        <>
          <FrictionSummary result={run.result} />
          <FrictionList run={run} />
        </>
      );
    case 'conformance':
      return (
        <>
          <TouchesHistogram result={run.result} />
          <ConformanceSummary result={run.result} />
        </>
      );
  }
}
