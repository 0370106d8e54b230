import { and, eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { env } from '@/env';
import { ownerDb } from '@/server/owner/db/client';
import { subscriptionPlans, tenants, tenantSubscriptions, type Tenant } from '@/server/owner/db/schema';
import { ensureDefaultPlans } from '@/server/owner/plans/default-plans';
import { countOwnerUsers, upsertOwnerUser } from '@/server/owner/users/upsert-owner-user';
import { generatePassword, hashPassword } from '@/server/shared/passwords';
import { decryptSecret, encryptSecret } from '@/server/shared/secret-box';
import * as tenantSchema from '@/server/tenant/db/schema';
import { databaseExists, MAINTENANCE_DATABASE, roleExists, withAdminClient } from './cluster/admin-client';
import { assertAdoptableDatabase } from './provisioning/adoptable-database';
import { appSecret, clusterConfig } from './cluster/cluster';
import { ownershipComment, quoteIdent, quoteLiteral } from './cluster/identifiers';
import { migrateDatabase, OWNER_MIGRATIONS, TENANT_MIGRATIONS } from './migrations/run-migrations';
import { recordSchemaVersion } from './migrations/schema-marker';
import { generateRolePassword, scramVerifier } from './connections/scram-verifier';
import { ensureServerTemplates } from './servers/ensure-server-templates';
import { registerPrimaryServer, repointPrimaryServer } from './servers/register-primary-server';
import { createTenantFolders, tenantStoragePath } from './provisioning/storage';
import { cloneTemplate, ensureTemplateDatabase } from './provisioning/template';
import { recoverStaleProvisioning } from './provisioning/recover-stale-provisioning';
import { newSubscriptionPeriod } from '@/server/owner/subscriptions/new-subscription-period';
import { createTenantRole, grantTenantAccess, markDatabase } from './provisioning/role-and-database';

/**
 * `scripts/add-tenant-support.ts` (npm run setup): brings the control plane, the template and the default tenant
 * to the current state. Every step checks before it acts, so a second run changes nothing.
 */

export type SetupReport = {
  changes: string[];
  ownerAccount?: { email: string; password?: string };
  defaultTenantAdmin?: { email: string; password?: string };
};

const DEFAULT_SLUG = 'default';
const DEFAULT_ROLE = 'tenant_default';

export async function setupControlPlane(log: (line: string) => void = () => {}): Promise<SetupReport> {
  const report: SetupReport = { changes: [] };
  const note = (change: string) => {
    report.changes.push(change);
    log(change);
  };
  const config = clusterConfig();

  log('Owner database …');
  await withAdminClient(MAINTENANCE_DATABASE, async (client) => {
    if (!(await databaseExists(client, config.ownerDatabaseName)).exists) {
      await client.query(`create database ${quoteIdent(config.ownerDatabaseName)}`);
      note(`created database ${config.ownerDatabaseName}`);
    }
    // Tenant roles must never reach the control plane.
    const owner = quoteIdent(config.ownerDatabaseName);
    const ownerUrlUser = decodeURIComponent(new URL(config.ownerDatabaseUrl).username);
    const acl = await client.query<{ public_connect: boolean }>(
      "select has_database_privilege('public', $1, 'CONNECT') as public_connect",
      [config.ownerDatabaseName],
    );
    if (acl.rows[0]?.public_connect) {
      for (const role of new Set([config.admin.user, ownerUrlUser]))
        await client.query(`grant connect on database ${owner} to ${quoteIdent(role)}`);
      await client.query(`revoke connect, temporary on database ${owner} from public`);
      note(`restricted connections to ${config.ownerDatabaseName}`);
    }
  });
  const ownerClient = new pg.Client({ connectionString: config.ownerDatabaseUrl });
  await ownerClient.connect();
  try {
    if ((await migrateDatabase(ownerClient, OWNER_MIGRATIONS)) === 'migrated')
      note('applied owner migrations');
  } finally {
    await ownerClient.end();
  }

  const plans = await ensureDefaultPlans(ownerDb);
  if (plans > 0) note(`inserted ${plans} default plans`);

  const moved = await repointEmbeddedTenants();
  if (moved > 0) note(`pointed ${moved} tenants at the embedded server's new port ${config.admin.port}`);

  log('Tenant template database …');
  if ((await ensureTemplateDatabase()) === 'migrated') note('migrated the tenant template database');
  for (const server of await ensureServerTemplates())
    note(`migrated the tenant template database on ${server}`);

  const owner = await ensureOwnerAccount(note);
  if (owner) report.ownerAccount = owner;

  log('Default tenant …');
  const admin = await ensureDefaultTenant(note, owner);
  if (admin) report.defaultTenantAdmin = admin;

  // After the default tenant exists, so it is placed on the primary too.
  for (const change of await registerPrimaryServer(ownerDb)) note(change);

  // Clinics left PROVISIONING by a process killed mid-way are finished (or failed and cleaned up) now.
  const stale = await recoverStaleProvisioning();
  for (const slug of stale.resumed) note(`finished the interrupted provisioning of ${slug}`);
  for (const { slug } of stale.failed)
    note(`could not finish the interrupted provisioning of ${slug}: FAILED`);
  return report;
}

/**
 * The embedded server takes a new port when its old one is taken; tenant rows record host and port, so they follow
 * it. Returns how many rows moved (0 with an external server).
 */
export async function repointEmbeddedTenants(): Promise<number> {
  const config = clusterConfig();
  if (config.mode !== 'embedded') return 0;
  const moved = await ownerDb
    .update(tenants)
    .set({ dbPort: config.admin.port })
    .where(and(eq(tenants.dbHost, config.admin.host), sql`${tenants.dbPort} <> ${config.admin.port}`))
    .returning({ id: tenants.id });
  await repointPrimaryServer(ownerDb, config.admin.port);
  return moved.length;
}

async function ensureOwnerAccount(
  note: (c: string) => void,
): Promise<{ email: string; password?: string } | undefined> {
  if ((await countOwnerUsers(ownerDb)) > 0) return undefined;
  const e = env();
  const email = e.OWNER_EMAIL ?? 'admin@localhost';
  const password = e.OWNER_PASSWORD ?? generatePassword(15);
  await upsertOwnerUser(ownerDb, { email, password, name: 'Owner', role: 'OWNER' });
  note(`created owner account ${email}`);
  // The generated password is shown once; a configured one is never echoed back.
  return { email, password: e.OWNER_PASSWORD ? undefined : password };
}

async function ensureDefaultTenant(
  note: (c: string) => void,
  owner: { email: string; password?: string } | undefined,
): Promise<{ email: string; password?: string } | undefined> {
  const config = clusterConfig();
  const target = config.defaultTenantDatabase;
  let [tenant] = await ownerDb.select().from(tenants).where(eq(tenants.isDefault, true));
  if (!tenant) {
    [tenant] = await ownerDb
      .insert(tenants)
      .values({
        slug: DEFAULT_SLUG,
        name: 'Default practice',
        status: 'PROVISIONING',
        isDefault: true,
        dbHost: target.host,
        dbPort: target.port,
        dbName: target.database,
        dbRole: DEFAULT_ROLE,
        storagePath: tenantStoragePath(DEFAULT_SLUG),
      })
      .returning();
    note(`registered the default tenant (database ${target.database})`);
  } else if (
    (tenant.status === 'PROVISIONING' || tenant.status === 'FAILED') &&
    (tenant.dbName !== target.database || tenant.dbHost !== target.host || tenant.dbPort !== target.port)
  ) {
    // Never served yet (e.g. an earlier run refused the database): follow a corrected DATABASE_URL.
    [tenant] = await ownerDb
      .update(tenants)
      .set({ dbHost: target.host, dbPort: target.port, dbName: target.database, updatedAt: new Date() })
      .where(eq(tenants.id, tenant.id))
      .returning();
    note(`pointed the default tenant at database ${target.database}`);
  }
  const t = tenant!;

  // The default tenant's database may pre-exist with data (the seed's single-database set-up): never recreate it.
  await withAdminClient(MAINTENANCE_DATABASE, async (client) => {
    if (!(await databaseExists(client, t.dbName)).exists) {
      await cloneTemplate(client, t.dbName);
      await markDatabase(client, { tenantId: t.id, database: t.dbName, role: t.dbRole });
      note(`created database ${t.dbName} from the template`);
    }
  });
  const migrated = await withAdminClient(t.dbName, async (client) => {
    await assertAdoptableDatabase(client, t.dbName);
    const outcome = await migrateDatabase(client, TENANT_MIGRATIONS);
    await recordSchemaVersion(client, t.id);
    return outcome;
  });
  if (migrated === 'migrated') {
    note(`migrated ${t.dbName} to the latest schema (existing rows kept)`);
  }

  const password = await ensureDefaultTenantRole(t, note);
  const tenantUrlUser = env().DATABASE_URL
    ? decodeURIComponent(new URL(env().DATABASE_URL!).username)
    : undefined;
  await grantTenantAccess({ database: t.dbName, role: t.dbRole }, tenantUrlUser ? [tenantUrlUser] : []);
  await createTenantFolders(t.slug);

  const seeded = await seedDefaultAdminIfEmpty(t, password, owner);
  if (seeded) note(`created the default tenant's admin ${seeded.email}`);

  if (t.status === 'PROVISIONING' || t.status === 'FAILED') {
    await ownerDb
      .update(tenants)
      .set({ status: 'ACTIVE', lastError: null, activatedAt: new Date(), updatedAt: new Date() })
      .where(eq(tenants.id, t.id));
    note('marked the default tenant ACTIVE');
  }
  const [current] = await ownerDb
    .select()
    .from(tenantSubscriptions)
    .where(and(eq(tenantSubscriptions.tenantId, t.id), sql`ended_at is null`));
  if (!current) {
    const [plan] = await ownerDb
      .select()
      .from(subscriptionPlans)
      .where(eq(subscriptionPlans.code, 'enterprise'));
    if (plan)
      await ownerDb.insert(tenantSubscriptions).values({
        tenantId: t.id,
        planId: plan.id,
        ...newSubscriptionPeriod({ ...plan, trialDays: 0 }, new Date()),
      });
  }
  return seeded;
}

/** Ensures the default tenant has its own login role whose password we can decrypt; returns that password. */
async function ensureDefaultTenantRole(t: Tenant, note: (c: string) => void): Promise<string> {
  if (t.dbPasswordEncrypted) {
    try {
      const password = decryptSecret(t.dbPasswordEncrypted, appSecret());
      const exists = await withAdminClient(MAINTENANCE_DATABASE, (client) => roleExists(client, t.dbRole));
      if (exists.exists) return password;
    } catch {
      // Secret changed: fall through and set a new password.
    }
  }
  const password = generateRolePassword();
  await withAdminClient(MAINTENANCE_DATABASE, async (client) => {
    const found = await roleExists(client, t.dbRole);
    if (!found.exists) {
      await createTenantRole(client, { tenantId: t.id, database: t.dbName, role: t.dbRole }, password);
    } else if (found.comment === ownershipComment(t.id)) {
      await client.query(
        `alter role ${quoteIdent(t.dbRole)} password ${quoteLiteral(scramVerifier(password))}`,
      );
    } else {
      throw new Error(
        `A role named ${t.dbRole} already exists and was not created by SmartDMV; rename it or drop it.`,
      );
    }
  });
  await ownerDb
    .update(tenants)
    .set({ dbPasswordEncrypted: encryptSecret(password, appSecret()), updatedAt: new Date() })
    .where(eq(tenants.id, t.id));
  note(`set up the default tenant's database role ${t.dbRole}`);
  return password;
}

async function seedDefaultAdminIfEmpty(
  t: Tenant,
  rolePassword: string,
  _owner: { email: string; password?: string } | undefined,
): Promise<{ email: string; password?: string } | undefined> {
  const client = new pg.Client({
    host: t.dbHost,
    port: t.dbPort,
    database: t.dbName,
    user: t.dbRole,
    password: rolePassword,
  });
  await client.connect();
  try {
    const db = drizzle(client, { schema: tenantSchema, casing: 'snake_case' });
    const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(tenantSchema.users);
    if (n > 0) return undefined;
    const e = env();
    // Its own address, never the owner's: two accounts called admin@localhost with different passwords confuse.
    const email = `admin@default.${e.BASE_DOMAIN}`;
    // A configured OWNER_PASSWORD is the operator's choice for both first accounts; a generated one is never
    // shared, so handing out the clinic admin's sign-in never reveals the owner console's.
    const password = e.OWNER_PASSWORD ?? generatePassword(15);
    const passwordHash = await hashPassword(password);
    await db.transaction(async (tx) => {
      let [practice] = await tx.select().from(tenantSchema.practices).limit(1);
      practice ??= (await tx.insert(tenantSchema.practices).values({ name: t.name }).returning())[0];
      const [user] = await tx
        .insert(tenantSchema.users)
        .values({ email, name: 'Administrator', role: 'ADMIN', passwordHash })
        .returning();
      await tx.insert(tenantSchema.userPractices).values({ userId: user!.id, practiceId: practice!.id });
    });
    return { email, password: e.OWNER_PASSWORD ? undefined : password };
  } finally {
    await client.end().catch(() => {});
  }
}
