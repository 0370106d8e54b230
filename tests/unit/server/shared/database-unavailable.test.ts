import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '@/server/shared/database-unavailable';

const pgError = (code: string) => Object.assign(new Error('x'), { code, severity: 'FATAL' });

describe('isDatabaseUnavailable', () => {
  it.each(['57P01', '57P03', '53300', '08006', '08001', 'ECONNREFUSED', 'ECONNRESET'])(
    'is true for %s',
    (code) => {
      // Wrapped the way drizzle wraps driver errors.
      expect(isDatabaseUnavailable(Object.assign(new Error('Failed query'), { cause: pgError(code) }))).toBe(
        true,
      );
    },
  );

  it('is true for pool acquire timeouts and refused IPv4+IPv6 connects', () => {
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    const both = Object.assign(new AggregateError([pgError('ECONNREFUSED'), pgError('ECONNREFUSED')]), {});
    expect(isDatabaseUnavailable(both)).toBe(true);
  });

  it('is false for query errors such as unique or check violations', () => {
    for (const code of ['23505', '23514', '22P02', 'SD409'])
      expect(isDatabaseUnavailable(Object.assign(new Error('Failed query'), { cause: pgError(code) }))).toBe(
        false,
      );
    expect(isDatabaseUnavailable(new TypeError('undefined is not a function'))).toBe(false);
  });
});
