/**
 * `npm run seed:demo`: two demo clinics (happy-paws, riverside-vets) with staff, clients, animals, a week of
 * appointments, medical records, prescriptions and stock, so a new user sees a living system in one command.
 * Idempotent: existing demo clinics keep their data; their staff accounts are refreshed so the printed
 * credentials work. Options: --password <demo staff password> (default: smartdmv-demo).
 */
import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { env } from '../src/env';
import { ownerDb } from '../src/server/owner/db/client';
import { tenants, type Tenant } from '../src/server/owner/db/schema';
import { getTenantUsage } from '../src/server/owner/usage/get-tenant-usage';
import { provisionTenant, runProvisioning } from '../src/server/tenancy/provisioning/provision-tenant';
import { seedDemoBilling } from '../src/server/owner/billing/seed-demo-billing';
import { setupControlPlane } from '../src/server/tenancy/setup';
import { getTenantDatabase } from '../src/server/tenancy/connections/tenant-connections';
import { DEMO_TENANTS, type DemoTenantSpec } from '../src/server/tenant/demo/demo-catalogue';
import { seedDemoClinic } from '../src/server/tenant/demo/seed-demo-clinic';
import { demoStaffEmail } from '../src/server/tenant/demo/seed-demo-staff';
import { appPort } from './lib/app-port';
import { ensureCluster, parseArgs, runCli } from './lib/cli';
import { useHumanLogs } from './lib/human-logs';

const argsSchema = z.object({
  password: z.string().min(10, 'Use at least 10 characters.').max(200).default('smartdmv-demo'),
});

const ROLE_LABEL = {
  ADMIN: 'admin',
  VETERINARIAN: 'veterinarian',
  TECHNICIAN: 'technician',
  RECEPTIONIST: 'receptionist',
} as const;

async function ensureDemoTenant(spec: DemoTenantSpec, password: string): Promise<Tenant | null> {
  const [existing] = await ownerDb
    .select()
    .from(tenants)
    .where(and(eq(tenants.slug, spec.slug), ne(tenants.status, 'DELETED')));
  if (existing?.status === 'ACTIVE') {
    console.log(`  ${spec.slug}: exists, refreshing`);
    return existing;
  }
  if (existing?.status === 'SUSPENDED') {
    console.log(`  ${spec.slug}: suspended by the owner — skipped (activate it in the owner console first)`);
    return null;
  }
  let tenant: Tenant;
  if (existing) {
    console.log(`  ${spec.slug}: ${existing.status.toLowerCase()}, retrying provisioning …`);
    tenant = await runProvisioning(existing.id);
  } else {
    console.log(`  ${spec.slug}: provisioning database, role and folders …`);
    tenant = await provisionTenant({
      name: spec.name,
      slug: spec.slug,
      practiceName: spec.practices[0]!.name,
      // Two practices and five staff each: more than Basic allows.
      planCode: 'professional',
      admin: {
        email: demoStaffEmail(spec, 'admin'),
        name: spec.staff.find((s) => s.key === 'admin')!.name,
        password,
      },
    });
  }
  if (!tenant.branding.primaryColor) {
    // Only a freshly made demo clinic gets the demo colours; an owner's own branding is never overwritten.
    const [branded] = await ownerDb
      .update(tenants)
      .set({ branding: { ...tenant.branding, primaryColor: spec.primaryColor }, updatedAt: new Date() })
      .where(eq(tenants.id, tenant.id))
      .returning();
    tenant = branded ?? tenant;
  }
  return tenant;
}

// Its output is read by a person: the app's info lines (JSON when piped) stay out of it; warnings read as words.
useHumanLogs();

runCli(async () => {
  const args = argsSchema.parse(parseArgs(process.argv.slice(2)).flags);
  const e = env();
  await ensureCluster(console.log);
  console.log('Preparing the control plane …');
  await setupControlPlane((line) => console.log(`  ${line}`));

  const summaries: string[] = [];
  for (const spec of DEMO_TENANTS) {
    console.log(`\n${spec.name} (${spec.slug})`);
    const tenant = await ensureDemoTenant(spec, args.password);
    if (!tenant) continue;
    const db = await getTenantDatabase(tenant.id);
    const result = await seedDemoClinic(db, {
      spec,
      password: args.password,
      log: (line) => console.log(`  ${line}`),
    });
    if (result.counts) {
      const c = result.counts;
      console.log(
        `  wrote ${c.clients} clients, ${c.patients} patients, ${c.appointments} appointments, ${c.records} records, ` +
          `${c.prescriptions} prescriptions, ${c.items} stock items (${c.movements} ledger entries)`,
      );
    }
    // The tenants list shows counts from the latest usage snapshot: take one now rather than show "—".
    await getTenantUsage(ownerDb, { tenantId: tenant.id });
    const invoiced = await seedDemoBilling(ownerDb, {
      tenantId: tenant.id,
      legalName: `${spec.name} Ltd`,
      slug: spec.slug,
      at: new Date(),
    });
    if (invoiced > 0) console.log(`  wrote a billing history of ${invoiced} invoices`);
    const url = `http://${spec.slug}.${e.BASE_DOMAIN}:${appPort(e.DATA_DIR, e.PORT)}/`;
    const lines = result.staff.map(
      (s) => `    ${ROLE_LABEL[s.role].padEnd(13)} ${s.email.padEnd(34)} ${s.name}`,
    );
    summaries.push([`  ${spec.name}`, `    ${url}`, ...lines].join('\n'));
  }

  console.log('\nDemo clinics are ready. Start the app with `npm start`, then open:');
  console.log(summaries.join('\n\n'));
  console.log(`\nEvery demo account's password: ${args.password}`);
  console.log('These are demo credentials: do not keep the demo clinics on a public server.');
});
