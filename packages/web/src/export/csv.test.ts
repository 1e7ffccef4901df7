import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, csvOf } from './csv';

/** An RFC 4180 reader, to check what csvOf writes reads back the same. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  return rows;
}

describe('csv', () => {
  it('starts with a BOM and ends lines with CRLF', () => {
    expect(
      csvOf([
        ['a', 1],
        ['b', 2],
      ]),
    ).toBe(`${CSV_BOM}a,1\r\nb,2\r\n`);
  });

  it('quotes commas, quotes and line breaks, and keeps Persian text as it is', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('صفحه /cart')).toBe('صفحه /cart');
  });

  it('writes numbers plainly and leaves empty cells for nothing', () => {
    expect(csvField(0.25)).toBe('0.25');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('reads back what it wrote (round trip)', () => {
    const text = fc.string({ unit: 'grapheme' }).filter((value) => !/^[=+\-@\t\r]/.test(value));
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { maxLength: 8 }), (rows) => {
        const written = csvOf(rows);
        expect(written.startsWith(CSV_BOM)).toBe(true);
        expect(parseCsv(written.slice(CSV_BOM.length))).toEqual(rows);
      }),
    );
  });

  it('reads formula-like text back with its apostrophe', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@'), fc.string(), (start, rest) => {
        expect(parseCsv(csvOf([[start + rest]]).slice(1))).toEqual([[`'${start}${rest}`]]);
      }),
    );
  });
});

describe('persons CSV', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
  });

  it('starts with a BOM and ends every row with CRLF', () => {
    const csv = csvOf([
      ['id', 'name'],
      ['u:sara', 'سارا احمدی'],
      ['a:x', null],
    ]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('id,name\r\nu:sara,سارا احمدی\r\na:x,\r\n');
  });
});
