import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, UTF8_BOM } from './persons-csv';

describe('persons CSV', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(null)).toBe('');
  });

  it('starts with a BOM and ends every row with CRLF', () => {
    const csv = toCsv(
      ['id', 'name'],
      [
        ['u:sara', 'سارا احمدی'],
        ['a:x', null],
      ],
    );
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('id,name\r\nu:sara,سارا احمدی\r\na:x,\r\n');
  });
});
