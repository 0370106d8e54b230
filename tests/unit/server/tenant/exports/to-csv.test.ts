import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from '@/server/tenant/exports/to-csv';

describe('csvField', () => {
  it('quotes what needs quoting and writes nulls, dates and objects plainly', () => {
    expect(csvField(null)).toBe('');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"\nnow')).toBe('"say ""hi""\nnow"');
    expect(csvField(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
    expect(csvField({ a: 1 })).toBe('"{""a"":1}"');
    expect(csvLine([1, true, 'x'])).toBe('1,true,x\r\n');
  });

  it('defuses spreadsheet formulas but keeps negative numbers as they are', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-5.000')).toBe('-5.000');
    expect(csvField(-3)).toBe('-3');
  });
});
