import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/server/owner/db/client';
import { ownerSessions, ownerUsers, tenants } from '@/server/owner/db/schema';
import { verifyPassword } from '@/server/shared/passwords';
import { provisionTenant } from '@/server/tenancy/provisioning/provision-tenant';
import { databaseExists } from '@tests/support/core-admin';
import { runScript } from '@tests/support/core-cli';
import { uniqueSlug } from '@tests/support/factories';

// These CLIs act on one tenant or account at a time, so they share the run's cluster (process.env points at it).
const admin = (slug: string) => ({
  email: `admin@${slug}.test`,
  name: 'Admin',
  password: 'admin-password-123',
});

describe('npx tsx scripts/create-tenant-database.ts', () => {
  it('re-provisions a FAILED tenant by slug or id and refuses one that is already ACTIVE', async () => {
    const slug = uniqueSlug('cli-retry');
    await expect(
      provisionTenant(
        { name: 'Retry me', slug, admin: admin(slug) },
        {
          beforeStep: (step) => {
            if (step === 'seed-admin') throw new Error('disk full (simulated)');
          },
        },
      ),
    ).rejects.toMatchObject({ code: 'PROVISIONING_FAILED' });
    const [failed] = await ownerDb.select().from(tenants).where(eq(tenants.slug, slug));
    expect(failed?.status).toBe('FAILED');

    const run = await runScript('create-tenant-database.ts', [failed!.id]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Tenant ${slug} is ACTIVE.`);
    expect(run.stdout).toContain(`database: tenant_${slug}`);
    expect(await databaseExists(`tenant_${slug}`)).toBe(true);

    const again = await runScript('create-tenant-database.ts', [slug]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(
      'Error (INVALID_STATE): Tenant is ACTIVE; only PROVISIONING or FAILED tenants can be provisioned.',
    );

    const missing = await runScript('create-tenant-database.ts', []);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Usage: npx tsx scripts/create-tenant-database.ts <tenant-id|slug>');
  }, 120_000);
});

describe('npm run tenants:list', () => {
  it('lists a tenant with its status, database, domains and plan, as a table and as JSON', async () => {
    const slug = uniqueSlug('cli-list');
    const domain = `${slug}.vets.example`;
    await provisionTenant({
      name: 'Listed',
      slug,
      planCode: 'professional',
      domains: [domain],
      admin: admin(slug),
    });
    const table = await runScript('tenants-list.ts');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^slug\s+status\s+database\s+server\s+domains\s+plan$/m);
    expect(table.stdout).toMatch(
      new RegExp(
        `^${slug}\\s+ACTIVE\\s+tenant_${slug}\\s+127\\.0\\.0\\.1:\\d+\\s+${domain.replace(/\./g, '\\.')}\\s+professional$`,
        'm',
      ),
    );

    const json = await runScript('tenants-list.ts', ['--json']);
    const rows = JSON.parse(json.stdout) as Array<{
      slug: string;
      domains: string[];
      planCode: string;
      status: string;
    }>;
    expect(rows.find((r) => r.slug === slug)).toMatchObject({
      status: 'ACTIVE',
      domains: [domain],
      planCode: 'professional',
    });
    expect(JSON.stringify(rows)).not.toContain('dbPasswordEncrypted');
  }, 120_000);
});

describe('npm run owner:user', () => {
  it('creates an owner account, then resets its password and signs it out everywhere', async () => {
    const email = `${uniqueSlug('ops')}@owner.test`;
    const created = await runScript('owner-user.ts', [
      '--email',
      email,
      '--password',
      'first-password-1',
      '--role',
      'support',
      '--name',
      'Ops Person',
    ]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`Created owner account ${email} (SUPPORT).`);
    const [user] = await ownerDb.select().from(ownerUsers).where(eq(ownerUsers.email, email));
    expect(user).toMatchObject({ role: 'SUPPORT', name: 'Ops Person', isActive: true });
    expect(await verifyPassword('first-password-1', user!.passwordHash)).toBe(true);

    const inAnHour = new Date(Date.now() + 3_600_000);
    await ownerDb.insert(ownerSessions).values({
      id: `hash-${email}`,
      ownerUserId: user!.id,
      idleExpiresAt: inAnHour,
      absoluteExpiresAt: inAnHour,
    });
    const reset = await runScript('owner-user.ts', [
      '--email',
      email.toUpperCase(),
      '--password',
      'second-password-2',
    ]);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain(`Reset the password of ${email} (SUPPORT)`);
    const [after] = await ownerDb.select().from(ownerUsers).where(eq(ownerUsers.email, email));
    expect(await verifyPassword('second-password-2', after!.passwordHash)).toBe(true);
    expect(await ownerDb.select().from(ownerSessions).where(eq(ownerSessions.ownerUserId, user!.id))).toEqual(
      [],
    );
  }, 120_000);

  it('refuses bad arguments with a message naming the option and exit code 2', async () => {
    const cases: Array<[string[], string]> = [
      [['--email', 'not-an-email', '--password', 'long-enough-1'], '--email'],
      [['--email', 'a@b.test', '--password', 'short'], '--password: use at least 8 characters'],
      [['--email', 'a@b.test', '--password', 'long-enough-1', '--role', 'ROOT'], '--role'],
      [['--email', 'a@b.test', '--password', 'long-enough-1', '--rol', 'OWNER'], 'unknown option --rol'],
    ];
    const runs = await Promise.all(cases.map(([args]) => runScript('owner-user.ts', args)));
    runs.forEach((run, i) => {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(cases[i]![1]);
    });
    expect(await ownerDb.select().from(ownerUsers).where(eq(ownerUsers.email, 'a@b.test'))).toEqual([]);
  }, 60_000);
});
