import { EVENT_CHANNELS, NO_TOUCH_KEY } from '@safar/core';
import type { Translate } from '../export/result-csv';
import type { AttributionRow } from '../analytics-results';

/** An attribution row's name: the channel in the reader's language, "(none)" said in words, or the touchpoint. */
export function attributionRowName(row: AttributionRow, byChannel: boolean, t: Translate): string {
  if (row.key === NO_TOUCH_KEY) return t('analytics.attribution.none');
  const channel = EVENT_CHANNELS.find((name) => name === row.key);
  return byChannel && channel ? t(`analytics.channel.${channel}`) : row.label;
}
