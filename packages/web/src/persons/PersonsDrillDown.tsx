import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { drillDownPersons, lookupPersons, type DrillDownKind } from '../api/persons';
import { useFormat } from '../i18n/useFormat';
import { useT } from '../i18n/useT';
import { pageRequest } from './drill-down-paging';
import { downloadText } from '../export/download';
import { drillDownCsv, PERSON_CSV_COLUMNS } from './export-persons';
import { ModalDialog } from './ModalDialog';
import { Pager } from './Pager';
import { PersonsTable } from './PersonsTable';
import './persons.css';

export type { DrillDownKind };

export interface PersonsDrillDownProps {
  workspaceId: string;
  kind: DrillDownKind;
  query: unknown;
  select: unknown;
  title: string;
  onClose: () => void;
}

/**
 * The persons behind one number of a journey query, in a modal dialog: how many, 25 a page, each
 * with a summary and a link to their timeline; exportable as CSV.
 */
export function PersonsDrillDown({
  workspaceId,
  kind,
  query,
  select,
  title,
  onClose,
}: PersonsDrillDownProps) {
  const t = useT();
  const format = useFormat();
  const [page, setPage] = useState(0);
  const [exporting, setExporting] = useState<'idle' | { done: number; total: number | null }>('idle');
  const [exportError, setExportError] = useState<string | null>(null);
  const persons = useQuery({
    queryKey: ['drill-down', workspaceId, kind, query, select, page],
    queryFn: () => drillDownPersons(workspaceId, kind, { query, select, ...pageRequest(page, null) }),
    placeholderData: (previous) => previous,
  });
  const ids = persons.data?.personIds ?? [];
  const details = useQuery({
    queryKey: ['persons-lookup', workspaceId, ids],
    queryFn: () => lookupPersons(workspaceId, ids),
    enabled: ids.length > 0,
  });
  const byId = new Map(details.data?.map((item) => [item.id, item.person]));
  const total = persons.data?.total ?? null;

  const exportCsv = async () => {
    setExporting({ done: 0, total: null });
    setExportError(null);
    try {
      const header = PERSON_CSV_COLUMNS.map((column) => t(`persons.csv.${column}`));
      const { csv } = await drillDownCsv(workspaceId, kind, { query, select }, header, (done, all) =>
        setExporting({ done, total: all }),
      );
      downloadText(csv, `persons-${kind}.csv`);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting('idle');
    }
  };

  return (
    <ModalDialog title={title} onClose={onClose} className="drill-down-dialog">
      <div className="drill-down-summary">
        <p data-testid="drill-down-total">
          {total === null ? t('common.loading') : t('persons.drillDown.total', { count: total })}
        </p>
        <button
          type="button"
          onClick={exportCsv}
          disabled={!total || exporting !== 'idle'}
          data-testid="drill-down-export"
        >
          {exporting === 'idle' ? t('persons.export.csv') : t('persons.export.busy')}
        </button>
      </div>
      {/* Progress as readable text announced to screen readers, not inside the disabled button. */}
      {exporting !== 'idle' && exporting.total !== null ? (
        <p role="status" className="muted" data-testid="drill-down-export-progress">
          {t('persons.export.progress', {
            done: format.number(exporting.done),
            total: format.number(exporting.total),
          })}
        </p>
      ) : null}
      {persons.error || details.error || exportError ? (
        <p role="alert" className="error">
          {persons.error?.message ?? details.error?.message ?? exportError}
        </p>
      ) : null}
      <div className="drill-down-table">
        <PersonsTable
          workspaceId={workspaceId}
          rows={ids.map((id) => ({ id, person: byId.get(id) ?? null }))}
          loading={persons.isFetching || details.isFetching}
        />
      </div>
      {total !== null && total > 0 ? <Pager page={page} total={total} onPage={setPage} /> : null}
    </ModalDialog>
  );
}
