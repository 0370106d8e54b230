import { describe, expect, it } from 'vitest';
import { safeNextPath } from '@/lib/safe-next';

describe('safeNextPath (the return address after sign-in)', () => {
  it('keeps a relative path on this site, with its query and fragment', () => {
    expect(safeNextPath('/patients/8c1f?tab=history#weights')).toBe('/patients/8c1f?tab=history#weights');
    expect(safeNextPath(['/inventory', '/other'])).toBe('/inventory');
  });

  it.each([
    'https://evil.example/login',
    '//evil.example/x',
    '/\\evil.example',
    '/\t/evil.example',
    'javascript:alert(1)',
    'patients',
    '/login?next=/x',
    '/api/auth/logout',
    '',
  ])('refuses %j and falls back to the dashboard', (next) => {
    expect(safeNextPath(next)).toBe('/dashboard');
  });
});
