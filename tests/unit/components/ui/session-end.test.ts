import { describe, expect, it } from 'vitest';
import type { ApiFailure } from '@/components/ui/api-client';
import { sessionEndTarget } from '@/components/ui/session-end';

const failure = (status: number, code: string): ApiFailure => ({
  ok: false,
  status,
  code,
  message: 'x',
  fields: {},
});
const here = { pathname: '/patients/p1', search: '?tab=history' };

describe('sessionEndTarget', () => {
  it('sends a clinic user whose session ended to the clinic sign-in, back to the page and its query', () => {
    expect(sessionEndTarget('/api/patients', failure(401, 'UNAUTHORIZED'), here)).toBe(
      '/login?next=%2Fpatients%2Fp1%3Ftab%3Dhistory',
    );
  });

  it('sends an operator whose session ended to the console sign-in, back to the page', () => {
    const console = { pathname: '/owner/tenants/t1', search: '?x=1' };
    expect(sessionEndTarget('/api/owner/tenants', failure(401, 'UNAUTHORIZED'), console)).toBe(
      '/owner/login?next=%2Fowner%2Ftenants%2Ft1',
    );
  });

  it('leaves a wrong password at sign-in to the form, in both planes', () => {
    expect(sessionEndTarget('/api/auth/login', failure(401, 'INVALID_CREDENTIALS'), here)).toBeNull();
    expect(sessionEndTarget('/api/owner/auth/login', failure(401, 'INVALID_CREDENTIALS'), here)).toBeNull();
  });

  it('sends a clinic user who must change their password to that page', () => {
    expect(sessionEndTarget('/api/patients', failure(403, 'PASSWORD_CHANGE_REQUIRED'), here)).toBe(
      '/change-password',
    );
  });

  it('ignores failures that are not about the session', () => {
    expect(sessionEndTarget('/api/patients', failure(400, 'VALIDATION_ERROR'), here)).toBeNull();
    expect(sessionEndTarget('/api/owner/plans', failure(409, 'CONFLICT'), here)).toBeNull();
  });
});
