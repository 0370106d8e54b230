import { spawn } from 'node:child_process';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { provisionTenant, registerTenant } from '@/server/tenancy/provisioning/provision-tenant';
import { recoverStaleProvisioning } from '@/server/tenancy/provisioning/recover-stale-provisioning';
import { databaseExists } from '@tests/support/core-admin';
import { uniqueSlug } from '@tests/support/factories';

/** Issue 8, point 7: a clinic left PROVISIONING by a killed process is finished, or failed and cleaned up. */

const admin = (slug: string) => ({
  email: `admin@${slug}.test`,
  name: 'Admin',
  password: 'admin-password-123',
});
const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Provisions in a child process that SIGKILLs itself right before the given step: a real crash, not a throw. */
function provisionAndDie(slug: string, killAt: string): Promise<number | null> {
  const code = `
    const { provisionTenant } = await import('./src/server/tenancy/provisioning/provision-tenant.ts');
    await provisionTenant(${JSON.stringify({ name: `Killed ${slug}`, slug, planCode: 'enterprise', admin: admin(slug) })},
      { beforeStep: (step) => { if (step === ${JSON.stringify(killAt)}) process.kill(process.pid, 'SIGKILL'); } });`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: ROOT,
      env: process.env,
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('exit', (exitCode, signal) => resolve(signal ? null : exitCode));
  });
}

const ageBy = (slug: string, minutes: number) =>
  ownerDb
    .update(tenants)
    .set({ updatedAt: sql`now() - make_interval(mins => ${minutes})` })
    .where(eq(tenants.slug, slug));

describe('stale provisioning', () => {
  it('finishes a clinic whose provisioning process was killed mid-way, and leaves recent ones alone', async () => {
    const killed = uniqueSlug('killed');
    expect(await provisionAndDie(killed, 'create-folders')).toBeNull();
    const [stuck] = await ownerDb.select().from(tenants).where(eq(tenants.slug, killed));
    expect(stuck!.status).toBe('PROVISIONING');
    expect(await databaseExists(`tenant_${killed}`)).toBe(true); // the killed attempt's leftovers

    const fresh = uniqueSlug('fresh');
    await registerTenant({ name: 'Just registered', slug: fresh, admin: admin(fresh) });
    const notYet = await recoverStaleProvisioning();
    expect(notYet.resumed).not.toContain(killed);

    await ageBy(killed, 30);
    const report = await recoverStaleProvisioning();
    expect(report.resumed).toContain(killed);
    expect(report.resumed).not.toContain(fresh);
    const [done] = await ownerDb.select().from(tenants).where(eq(tenants.slug, killed));
    expect(done).toMatchObject({ status: 'ACTIVE', lastError: null, pendingAdmin: null });
    const [untouched] = await ownerDb.select().from(tenants).where(eq(tenants.slug, fresh));
    expect(untouched!.status).toBe('PROVISIONING');
  }, 120_000);

  it('skips a clinic another process is provisioning right now (its per-clinic lock is held)', async () => {
    const slug = uniqueSlug('busy');
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reached: () => void = () => {};
    const atStep = new Promise<void>((resolve) => (reached = resolve));
    const running = provisionTenant(
      { name: 'Busy', slug, planCode: 'enterprise', admin: admin(slug) },
      {
        beforeStep: async (step) => {
          if (step === 'create-folders') {
            reached();
            await gate;
          }
        },
      },
    );
    await atStep;
    await ageBy(slug, 30);
    const report = await recoverStaleProvisioning();
    expect(report.skipped).toContain(slug);
    expect(report.resumed).not.toContain(slug);
    release();
    expect((await running).status).toBe('ACTIVE');
  });
});
