export type TimestampUnit = 'iso' | 's' | 'ms' | 'us';

const SPACE_SEPARATED = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(:\d{2}(\.\d+)?)?)(.*)$/;

/**
 * Epoch milliseconds from what exports hold: ISO 8601, its space-separated form with an offset
 * or a ` UTC` suffix (REES46, pm4py's XES CSVs), or epoch numbers in s, ms or µs (GA4).
 * A time without a zone is read as UTC, so an import means the same on every machine.
 */
export function parseTimestamp(value: unknown, unit: TimestampUnit = 'iso'): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (unit !== 'iso') {
    const number = typeof value === 'bigint' ? Number(value) : Number(String(value).trim());
    if (!Number.isFinite(number)) return null;
    return Math.round(unit === 's' ? number * 1000 : unit === 'us' ? number / 1000 : number);
  }
  if (typeof value !== 'string') return null;
  let text = value.trim();
  const spaced = SPACE_SEPARATED.exec(text);
  if (spaced) {
    const zone = (spaced[5] ?? '').trim();
    text = `${spaced[1]}T${spaced[2]}${zone === '' || /^UTC$/i.test(zone) ? 'Z' : zone}`;
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) {
    text = `${text}Z`;
  }
  const parsed = Date.parse(text);
  return Number.isFinite(parsed) ? parsed : null;
}
