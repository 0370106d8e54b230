import { describe, expect, it } from 'vitest';
import { parseTypedDate } from '@/lib/format/parse-date';

describe('reading a typed date', () => {
  it('reads ISO, day-first numbers and English month names', () => {
    expect(parseTypedDate('2026-12-01')).toBe('2026-12-01');
    expect(parseTypedDate('1/12/2026')).toBe('2026-12-01');
    expect(parseTypedDate('01.12.2026')).toBe('2026-12-01');
    expect(parseTypedDate('1-12-2026')).toBe('2026-12-01');
    expect(parseTypedDate('1 Dec 2026')).toBe('2026-12-01');
    expect(parseTypedDate(' Tue 1 december 2026 ')).toBe('2026-12-01');
    expect(parseTypedDate('Tue, 1 Dec. 2026')).toBe('2026-12-01');
  });

  it('refuses dates that do not exist and text that is not a date', () => {
    expect(parseTypedDate('31/02/2026')).toBeNull();
    expect(parseTypedDate('2026-13-01')).toBeNull();
    expect(parseTypedDate('29 Feb 2027')).toBeNull();
    expect(parseTypedDate('29 Feb 2028')).toBe('2028-02-29');
    expect(parseTypedDate('1 Foo 2026')).toBeNull();
    expect(parseTypedDate('tomorrow')).toBeNull();
    expect(parseTypedDate('12/01')).toBeNull();
  });
});
