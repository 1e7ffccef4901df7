import { useT } from '../../i18n/useT';
import type { AnalyticsRun } from '../analytics-api';
import { PersonsButton } from '../drill';
import { useAnalyticsFormat } from '../useAnalyticsFormat';
import { attributionRowName } from './attribution-labels';

/** Every attribution row: the conversions its touches led to (a drill-down) and each model's credit. */
export function AttributionTable({ run }: { run: Extract<AnalyticsRun, { kind: 'attribution' }> }) {
  const t = useT();
  const format = useAnalyticsFormat();
  const { models } = run.spec;
  const { conversions, rows } = run.result;
  return (
    <table className="analytics-table" data-testid="attribution-table">
      <caption>
        <PersonsButton
          persons={conversions}
          select={{}}
          title={t('analytics.attribution.convertersTitle', { conversions })}
        >
          {t('analytics.attribution.conversions', { conversions })}
        </PersonsButton>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('analytics.attribution.touch')}</th>
          <th scope="col">{t('analytics.csv.conversionsTouched')}</th>
          {models.map((model) => (
            <th scope="col" key={model}>
              {t(`analytics.attribution.model.${model}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const name = attributionRowName(row, run.spec.by.kind === 'channel', t);
          return (
            <tr key={row.key}>
              <th scope="row">
                <bdi>{name}</bdi>
              </th>
              <td>
                <PersonsButton
                  persons={row.conversionsTouched}
                  select={{ key: row.key }}
                  title={t('analytics.attribution.rowTitle', { name, conversions: row.conversionsTouched })}
                >
                  {format.count(row.conversionsTouched)}
                </PersonsButton>
              </td>
              {models.map((model) => (
                <td key={model}>{format.credit(row.credits[model] ?? 0)}</td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
