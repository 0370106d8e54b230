import { describe, expect, it } from 'vitest';
import { orOutagePage } from '@/server/shared/pages/outage-redirect';

/** Pages turn an unreachable database into the /outage page (503), and leave every other error alone. */
describe('orOutagePage', () => {
  it('redirects to /outage when the database is unreachable', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const error = await orOutagePage(() => Promise.reject(refused)).catch((e: unknown) => e);
    expect((error as { digest?: string }).digest).toMatch(/^NEXT_REDIRECT;.*;\/outage;/);
  });

  it('re-throws other errors unchanged and passes results through', async () => {
    const bug = new TypeError('a bug');
    await expect(orOutagePage(() => Promise.reject(bug))).rejects.toBe(bug);
    await expect(orOutagePage(() => Promise.resolve(42))).resolves.toBe(42);
  });
});
