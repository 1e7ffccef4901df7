/** Excel reads UTF-8 (Persian and Arabic names) only when the file starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * A CSV cell: quoted when it holds a comma, quote or line break (RFC 4180). A cell that a
 * spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a leading `'`.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const raw = typeof value === 'number' ? String(value) : value;
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The whole file: BOM, header row, one row per record, CRLF line ends. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return UTF8_BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
