import { useT } from '../../i18n/useT';
import type { PathEdge } from '../analytics-results';
import { PersonsButton } from '../drill';
import { useAnalyticsFormat } from '../useAnalyticsFormat';

const SHOWN = 12;

/** The busiest moves of the paths as a table beside the Sankey, persons as drill-downs. */
export function PathsTable({ edges }: { edges: readonly PathEdge[] }) {
  const t = useT();
  const format = useAnalyticsFormat();
  const busiest = [...edges].sort((a, b) => b.persons - a.persons).slice(0, SHOWN);
  return (
    <table className="analytics-table" data-testid="paths-table">
      <caption>{t('analytics.paths.busiest', { shown: busiest.length, total: edges.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('analytics.csv.step')}</th>
          <th scope="col">{t('analytics.csv.from')}</th>
          <th scope="col">{t('analytics.csv.to')}</th>
          <th scope="col">{t('analytics.csv.persons')}</th>
        </tr>
      </thead>
      <tbody>
        {busiest.map((edge) => (
          <tr key={`${edge.level}|${edge.source}|${edge.target}`}>
            <td>{format.count(edge.level + 1)}</td>
            <td>
              <bdi>{edge.source}</bdi>
            </td>
            <td>
              <bdi>{edge.target}</bdi>
            </td>
            <td>
              <PersonsButton
                persons={edge.persons}
                select={{ level: edge.level, source: edge.source, target: edge.target }}
                title={t('analytics.paths.edgeTitle', {
                  source: edge.source,
                  target: edge.target,
                  persons: edge.persons,
                })}
              >
                {format.count(edge.persons)}
              </PersonsButton>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
