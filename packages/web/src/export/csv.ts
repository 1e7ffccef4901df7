/** One cell of an exported table: text, a number, or nothing. */
export type CsvValue = string | number | null | undefined;

/** The byte order mark that makes Excel read the file as UTF-8, so Persian and Arabic survive. */
export const CSV_BOM = '\uFEFF';

/** A leading character that spreadsheets would run as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field as RFC 4180 writes it: quoted when it holds a comma, quote or line break, quotes
 * doubled. Text a spreadsheet would take for a formula gets a leading apostrophe; numbers are
 * written as JavaScript writes them (a dot for decimals, whatever the reader's language).
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole table as CSV: UTF-8 with a BOM, CRLF line ends (RFC 4180). */
export function csvOf(rows: readonly (readonly CsvValue[])[]): string {
  return CSV_BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
