import type { MapMetrics } from '@safar/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { useT } from '../../i18n/useT';
import type { MapEditor } from '../useMapEditor';
import { placeTouchpointOperation, suggestedTouchpointDraft } from './add-suggested-touchpoint';

type Suggestion = MapMetrics['unmapped'][number];

/**
 * Events customers often have that no touchpoint of the map matches, each with a one-step way to
 * make it a catalogue touchpoint (with that event matcher) placed in a chosen step.
 */
export function UnmappedEventsPanel({
  editor,
  workspaceId,
  unmapped,
}: {
  editor: MapEditor;
  workspaceId: string;
  unmapped: MapMetrics['unmapped'];
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  // Shown with the path isolated from the sentence's direction; stored without the marks.
  const nameOf = (suggestion: Suggestion, isolate = true) =>
    suggestion.value === null
      ? suggestion.event
      : t(suggestion.event === 'screen' ? 'metrics.screenNamed' : 'metrics.pageNamed', {
          path: isolate ? isolated(suggestion.value) : suggestion.value,
        });

  const add = async (suggestion: Suggestion, stepId: string) => {
    const step = editor.map.stages
      .flatMap((stage) => stage.steps)
      .find((candidate) => candidate.id === stepId);
    if (!step) return;
    const name = nameOf(suggestion, false);
    try {
      const { touchpoint } = await api.createTouchpoint(
        workspaceId,
        suggestedTouchpointDraft(suggestion, name),
      );
      await queryClient.invalidateQueries({ queryKey: ['touchpoints', workspaceId] });
      editor.edit([placeTouchpointOperation(editor, stepId, touchpoint.id, t('laneKind.touchpoints'))]);
      setMessage(t('metrics.added', { name, step: step.name }));
    } catch (error) {
      setMessage(t('metrics.addFailed', { reason: error instanceof Error ? error.message : '' }));
    }
  };

  return (
    <div className="unmapped-events" data-testid="unmapped-events">
      <h3>{t('metrics.unmapped')}</h3>
      {unmapped.length === 0 ? <p className="muted">{t('metrics.noUnmapped')}</p> : null}
      <ul>
        {unmapped.map((suggestion) => (
          <li
            key={`${suggestion.event}\u0000${suggestion.value ?? ''}`}
            data-testid="unmapped-event"
            data-event={suggestion.event}
            data-value={suggestion.value ?? ''}
          >
            <bdi className="unmapped-name">{nameOf(suggestion)}</bdi>
            <span className="muted">
              {t('metrics.touchpointVolume', { persons: suggestion.persons, events: suggestion.events })}
            </span>
            <select
              aria-label={t('metrics.addToStepOf', { name: nameOf(suggestion) })}
              data-testid="add-unmapped"
              value=""
              onChange={(event) => {
                if (event.target.value) void add(suggestion, event.target.value);
              }}
            >
              <option value="">{t('metrics.addToStep')}</option>
              {editor.map.stages.map((stage) => (
                <optgroup key={stage.id} label={stage.name}>
                  {stage.steps.map((step) => (
                    <option key={step.id} value={step.id}>
                      {step.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </li>
        ))}
      </ul>
      <p role="status" className="muted" data-testid="unmapped-status">
        {message}
      </p>
    </div>
  );
}

/** A path or a screen name keeps its own direction inside a sentence of the other (`/cart` in fa). */
const isolated = (text: string) => `\u2068${text}\u2069`;
