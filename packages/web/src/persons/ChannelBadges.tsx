import type { EventChannel } from '@safar/core';
import { useFormat } from '../i18n/useFormat';
import { useT } from '../i18n/useT';
import { eventChannelGlyph } from './event-channels';

/** A channel's icon with its name for screen readers and as a tooltip. */
export function ChannelIcon({ channel }: { channel: EventChannel }) {
  const t = useT();
  const label = t(`persons.channel.${channel}`);
  return (
    <span className="channel-icon" title={label} data-channel={channel}>
      <span aria-hidden="true">{eventChannelGlyph(channel)}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

/** The channels a person was seen on, optionally with the events on each. */
export function ChannelBadges({
  channels,
  counts,
}: {
  channels: readonly EventChannel[];
  counts?: Partial<Record<EventChannel, number>>;
}) {
  return (
    <span className="channel-badges">
      {channels.map((channel) => (
        <span key={channel} className="channel-badge">
          <ChannelIcon channel={channel} />
          {counts?.[channel] !== undefined ? <Count value={counts[channel] ?? 0} /> : null}
        </span>
      ))}
    </span>
  );
}

function Count({ value }: { value: number }) {
  const format = useFormat();
  return <span className="channel-count">{format.number(value)}</span>;
}
