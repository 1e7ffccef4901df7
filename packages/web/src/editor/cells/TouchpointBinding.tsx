import type { Touchpoint } from '@safar/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { api } from '../../api/client';
import { filterOf, rowOf, type FilterRow } from '../../binding/filter-rows';
import { MatcherFields } from '../../binding/MatcherFields';
import { useT } from '../../i18n/useT';

/**
 * Binding a touchpoint chip to the data from the map: the catalogue touchpoint's event matcher,
 * edited with the binding picker in a dialog and saved to the catalogue (every map using the
 * touchpoint then counts the new matcher).
 */
export function TouchpointBindingButton({
  workspaceId,
  touchpoint,
  revision,
}: {
  workspaceId: string;
  touchpoint: Touchpoint;
  revision: number;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const label = t('binding.bind', { name: touchpoint.name });
  return (
    <>
      <button
        type="button"
        className="bind-touchpoint"
        aria-label={label}
        title={label}
        data-testid="bind-touchpoint"
        data-touchpoint-id={touchpoint.id}
        onClick={() => setOpen(true)}
      >
        ✎
      </button>
      {open
        ? createPortal(
            <BindingDialog
              workspaceId={workspaceId}
              touchpoint={touchpoint}
              revision={revision}
              onClose={() => setOpen(false)}
            />,
            document.body,
          )
        : null}
    </>
  );
}

function BindingDialog({
  workspaceId,
  touchpoint,
  revision,
  onClose,
}: {
  workspaceId: string;
  touchpoint: Touchpoint;
  revision: number;
  onClose: () => void;
}) {
  const t = useT();
  const headingId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const queryClient = useQueryClient();
  const [event, setEvent] = useState(touchpoint.eventMatcher?.event ?? '');
  const [rows, setRows] = useState<FilterRow[]>(touchpoint.eventMatcher?.filters.map(rowOf) ?? []);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const save = useMutation({
    mutationFn: () =>
      api.replaceTouchpoint(workspaceId, touchpoint.id, revision, {
        ...touchpoint,
        eventMatcher: event.trim() ? { event: event.trim(), filters: rows.map(filterOf) } : null,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['touchpoints', workspaceId] });
      await queryClient.invalidateQueries({ queryKey: ['map-metrics', workspaceId] });
      dialog.current?.close();
    },
  });
  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    save.mutate();
  };
  return (
    <dialog
      ref={dialog}
      className="binding-dialog"
      aria-labelledby={headingId}
      data-testid="binding-dialog"
      onClose={onClose}
      // Keys typed here are the dialog's: the map's undo shortcuts listen on the window.
      onKeyDown={(keyEvent) => keyEvent.nativeEvent.stopPropagation()}
    >
      <form className="binding-fields" onSubmit={submit}>
        <h2 id={headingId}>
          <bdi>{touchpoint.name}</bdi>
        </h2>
        <p className="muted">{t('touchpoint.eventMatcher')}</p>
        <MatcherFields
          workspaceId={workspaceId}
          event={event}
          onEvent={setEvent}
          rows={rows}
          onRows={setRows}
        />
        {save.error ? (
          <p role="alert" className="error">
            {save.error.message}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" disabled={save.isPending}>
            {t('common.save')}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
