import { PropertyFiltersEditor } from '../pages/PropertyFiltersEditor';
import { EventNameField } from './EventNameField';
import { matcherDraft, type FilterRow } from './filter-rows';
import { MatchPreview } from './MatchPreview';

/**
 * A touchpoint's binding to the data: the event name and property filters, each suggesting what
 * the data holds, and a live count of the events and customers the matcher matches.
 */
export function MatcherFields({
  workspaceId,
  event,
  onEvent,
  rows,
  onRows,
}: {
  workspaceId: string;
  event: string;
  onEvent: (event: string) => void;
  rows: FilterRow[];
  onRows: (rows: FilterRow[]) => void;
}) {
  return (
    <>
      <EventNameField workspaceId={workspaceId} value={event} onChange={onEvent} />
      <PropertyFiltersEditor
        rows={rows}
        onChange={onRows}
        source={{ kind: 'event', workspaceId, event: event.trim() }}
      />
      <MatchPreview workspaceId={workspaceId} matcher={event.trim() ? matcherDraft(event, rows) : null} />
    </>
  );
}
