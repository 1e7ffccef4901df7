import { CHANNEL_KEYS, type ChannelKey } from '@safar/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { RemovableChip } from '../../app/RemovableChip';
import { useT } from '../../i18n/useT';
import { channelGlyph } from '../channel-icons';
import { TouchpointVolume } from '../metrics/TouchpointVolume';
import { AddPicker } from './AddPicker';
import { TouchpointBindingButton } from './TouchpointBinding';
import { setOrClear, type CellProps } from './CellView';

export function TouchpointsCell({ editor, lane, step, workspaceId }: CellProps) {
  const t = useT();
  const catalogue = useQuery({
    queryKey: ['touchpoints', workspaceId],
    queryFn: () => api.touchpoints(workspaceId),
  });
  const content = editor.map.cells[lane.id]?.[step.id];
  const ids = content?.shape === 'touchpoints' ? content.touchpointIds : [];
  const byId = new Map(catalogue.data?.items.map(({ touchpoint }) => [touchpoint.id, touchpoint]) ?? []);
  const revisionOf = new Map(
    catalogue.data?.items.map(({ touchpoint, revision }) => [touchpoint.id, revision]),
  );
  const set = (next: string[]) =>
    setOrClear(editor, lane, step, next.length ? { shape: 'touchpoints', touchpointIds: next } : null);
  return (
    <div className="chips">
      {ids.map((id) => {
        const touchpoint = byId.get(id);
        return (
          <span key={id} className={`chip touchpoint-chip ${touchpoint?.visibility ?? ''}`}>
            <span aria-hidden="true">{touchpoint ? channelGlyph(touchpoint.channel) : '•'}</span>
            <bdi>{touchpoint?.name ?? id}</bdi>
            {touchpoint ? (
              <TouchpointBindingButton
                workspaceId={workspaceId}
                touchpoint={touchpoint}
                revision={revisionOf.get(id) ?? 1}
              />
            ) : null}
            <button
              type="button"
              aria-label={t('editor.removeItem', { name: touchpoint?.name ?? id })}
              onClick={() => set(ids.filter((other) => other !== id))}
            >
              ×
            </button>
            <TouchpointVolume touchpointId={id} />
          </span>
        );
      })}
      <AddPicker label={t('editor.addTouchpoint')} onPick={(id) => set([...ids, id])}>
        {() =>
          catalogue.data?.items
            .filter(({ touchpoint }) => !ids.includes(touchpoint.id))
            .map(({ touchpoint }) => (
              <option key={touchpoint.id} value={touchpoint.id}>
                {channelGlyph(touchpoint.channel)} {touchpoint.name}
              </option>
            ))
        }
      </AddPicker>
    </div>
  );
}

export function ChannelsCell({ editor, lane, step }: CellProps) {
  const t = useT();
  const content = editor.map.cells[lane.id]?.[step.id];
  const channels = content?.shape === 'channels' ? content.channels : [];
  const set = (next: ChannelKey[]) =>
    setOrClear(editor, lane, step, next.length ? { shape: 'channels', channels: next } : null);
  return (
    <div className="chips">
      {channels.map((channel) => (
        <RemovableChip
          key={channel}
          removeLabel={t('editor.removeItem', { name: t(`channel.${channel}`) })}
          onRemove={() => set(channels.filter((other) => other !== channel))}
        >
          <span aria-hidden="true">{channelGlyph(channel)}</span>
          {t(`channel.${channel}`)}
        </RemovableChip>
      ))}
      <AddPicker
        label={t('editor.addChannel')}
        onPick={(value) => {
          const next = CHANNEL_KEYS.find((key) => key === value);
          if (next) set([...channels, next]);
        }}
      >
        {() =>
          CHANNEL_KEYS.filter((key) => !channels.includes(key)).map((key) => (
            <option key={key} value={key}>
              {channelGlyph(key)} {t(`channel.${key}`)}
            </option>
          ))
        }
      </AddPicker>
    </div>
  );
}

export function DepartmentsCell({ editor, lane, step }: CellProps) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const content = editor.map.cells[lane.id]?.[step.id];
  const departments = content?.shape === 'departments' ? content.departments : [];
  const set = (next: string[]) =>
    setOrClear(editor, lane, step, next.length ? { shape: 'departments', departments: next } : null);
  return (
    <div className="chips">
      {departments.map((department) => (
        <RemovableChip
          key={department}
          dir="auto"
          removeLabel={t('editor.removeItem', { name: department })}
          onRemove={() => set(departments.filter((other) => other !== department))}
        >
          <bdi>{department}</bdi>
        </RemovableChip>
      ))}
      <input
        className="chip-input"
        value={draft}
        dir="auto"
        aria-label={t('editor.addDepartment')}
        placeholder="+"
        data-dirty={draft ? 'true' : 'false'}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && draft.trim() && !departments.includes(draft.trim())) {
            set([...departments, draft.trim()]);
            setDraft('');
          }
        }}
      />
    </div>
  );
}
