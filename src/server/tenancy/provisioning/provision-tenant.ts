import { and, eq, ne } from 'drizzle-orm';
import { isDatabaseUnavailable, serviceUnavailable } from '@/server/shared/database-unavailable';
import { errorSummary } from '@/server/shared/describe-error';
import pg from 'pg';
import { ownerDb, ownerPool } from '@/server/owner/db/client';
import { assertCustomDomainFeature } from '@/server/owner/domains/assert-custom-domain-feature';
import {
  subscriptionPlans,
  tenantDomains,
  tenants,
  tenantSubscriptions,
  type Tenant,
} from '@/server/owner/db/schema';
import {
  AppError,
  conflict,
  notFound,
  pgConstraint,
  pgErrorCode,
  PG_UNIQUE_VIOLATION,
} from '@/server/shared/errors';
import { logger } from '@/server/shared/logger';
import { metrics } from '@/server/shared/observability/metrics';
import { hashPassword } from '@/server/shared/passwords';
import { generateRolePassword } from '@/server/tenancy/connections/scram-verifier';
import { encryptSecret } from '@/server/shared/secret-box';
import { parseOrThrow } from '@/server/shared/validation';
import { DEFAULT_PLAN_CODE } from '@/server/owner/plans/default-plans';
import { MAINTENANCE_DATABASE, withAdminClient } from '../cluster/admin-client';
import { appSecret, clusterConfig } from '../cluster/cluster';
import { tenantDatabaseName, tenantRoleName } from '../cluster/identifiers';
import { migrateDatabase, TENANT_MIGRATIONS } from '../migrations/run-migrations';
import {
  preparedTenantInput,
  provisionTenantInput,
  type PreparedTenantInput,
  type ProvisionTenantInput,
} from './provision-tenant.schema';
import { recordSchemaVersion } from '../migrations/schema-marker';
import { createTenantFolders, pathExists, removeTenantFolders, tenantStoragePath } from './storage';
import { pickServer } from '../servers/pick-server';
import { cloneTemplate } from './template';
import { newSubscriptionPeriod } from '@/server/owner/subscriptions/new-subscription-period';
import { now } from '@/server/shared/clock';
import {
  assertNoForeignObjects,
  createTenantRole,
  dropTenantDatabaseAndRole,
  grantDatabaseConnect,
  grantTableRights,
  markDatabase,
  type TenantDatabaseTarget,
} from './role-and-database';

/**
 * The seed's tenant creation flow: record → role → database from the template → schema check → folders →
 * first admin and practice → ACTIVE. Any failure rolls back what this attempt created and leaves the tenant
 * FAILED with the error; running it again (retry) is safe.
 */

export const PROVISION_STEPS = [
  'create-role',
  'create-database',
  'apply-schema',
  'create-folders',
  'seed-admin',
  'activate',
] as const;
export type ProvisionStep = (typeof PROVISION_STEPS)[number];

export type ProvisionHooks = {
  /** Called before each step; tests throw here to prove rollback. */
  beforeStep?: (step: ProvisionStep, tenantId: string) => void | Promise<void>;
};

/** Inserts the tenant as PROVISIONING (with plan and domains), then provisions it. */
export async function provisionTenant(
  input: ProvisionTenantInput,
  hooks: ProvisionHooks = {},
): Promise<Tenant> {
  const tenant = await registerTenant(input);
  return runProvisioning(tenant.id, hooks);
}

/**
 * Step 1 alone: validates the input, hashes the first admin's password (argon2id, the costliest part of a request,
 * done before any row or lock exists) and inserts the tenant as PROVISIONING with its plan and domains.
 */
export async function registerTenant(input: ProvisionTenantInput): Promise<Tenant> {
  const data = parseOrThrow(provisionTenantInput, input);
  const { password, ...admin } = data.admin;
  return insertTenant({ ...data, admin: { ...admin, passwordHash: await hashPassword(password) } });
}

/**
 * Step 1 for a first admin whose password was hashed earlier (self sign-up hashes it when the request comes in, so
 * the plain password is never stored while the e-mail waits to be confirmed).
 */
export async function registerTenantWithHashedAdmin(input: PreparedTenantInput): Promise<Tenant> {
  return insertTenant(parseOrThrow(preparedTenantInput, input));
}

async function insertTenant(data: PreparedTenantInput): Promise<Tenant> {
  const planCode = data.planCode ?? DEFAULT_PLAN_CODE;
  const [plan] = await ownerDb.select().from(subscriptionPlans).where(eq(subscriptionPlans.code, planCode));
  if (!plan)
    throw new AppError(400, 'VALIDATION_ERROR', `Unknown plan "${planCode}".`, {
      fields: { planCode: ['Unknown plan.'] },
    });

  const server = await pickServer(ownerDb, data.serverId);
  const pendingAdmin = {
    email: data.admin.email,
    name: data.admin.name,
    passwordHash: data.admin.passwordHash,
    practiceName: data.practiceName,
  };
  let tenant: Tenant;
  try {
    tenant = await ownerDb.transaction(async (tx) => {
      const [row] = await tx
        .insert(tenants)
        .values({
          slug: data.slug,
          name: data.name,
          status: 'PROVISIONING',
          serverId: server.id,
          dbHost: server.host,
          dbPort: server.port,
          dbName: tenantDatabaseName(data.slug),
          dbRole: tenantRoleName(data.slug),
          storagePath: tenantStoragePath(data.slug),
          pendingAdmin,
        })
        .returning();
      if (!row) throw new Error('tenant insert returned nothing');
      await tx
        .insert(tenantSubscriptions)
        .values({ tenantId: row.id, planId: plan.id, ...newSubscriptionPeriod(plan, now()) });
      const domains = [...new Set(data.domains ?? [])];
      if (domains.length > 0) {
        await assertCustomDomainFeature(tx, row.id);
        await tx
          .insert(tenantDomains)
          .values(domains.map((domain, i) => ({ tenantId: row.id, domain, isPrimary: i === 0 })));
      }
      return row;
    });
  } catch (error) {
    if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) {
      const constraint = pgConstraint(error) ?? '';
      if (constraint.includes('domain'))
        throw conflict('DOMAIN_TAKEN', 'One of these domains already belongs to a tenant.', {
          fields: { domains: ['Already in use.'] },
        });
      throw conflict('SLUG_TAKEN', `The slug "${data.slug}" is already in use.`, {
        fields: { slug: ['Already in use.'] },
      });
    }
    throw error;
  }
  return tenant;
}

async function findTenant(idOrSlug: string): Promise<Tenant | undefined> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
  const [row] = await ownerDb
    .select()
    .from(tenants)
    .where(
      and(isUuid ? eq(tenants.id, idOrSlug) : eq(tenants.slug, idOrSlug), ne(tenants.status, 'DELETED')),
    );
  return row;
}

/** Holds a per-tenant advisory lock so two retries of one tenant never interleave. */
async function withTenantLock<T>(tenantId: string, fn: () => Promise<T>): Promise<T> {
  const client = await ownerPool().connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>(
      'select pg_try_advisory_lock(hashtext($1)) as locked',
      [`provision:${tenantId}`],
    );
    if (!rows[0]?.locked)
      throw conflict('PROVISIONING_IN_PROGRESS', 'This tenant is being provisioned right now.');
    try {
      return await fn();
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [`provision:${tenantId}`]);
    }
  } finally {
    client.release();
  }
}

/** (Re)provisions an existing PROVISIONING or FAILED tenant: the retry path and `create-tenant-database.ts`. */
export async function runProvisioning(tenantIdOrSlug: string, hooks: ProvisionHooks = {}): Promise<Tenant> {
  const found = await findTenant(tenantIdOrSlug);
  if (!found) throw notFound('Tenant');
  if (found.isDefault) throw conflict('INVALID_STATE', 'The default tenant is managed by `npm run setup`.');
  if (found.status !== 'PROVISIONING' && found.status !== 'FAILED') {
    throw conflict(
      'INVALID_STATE',
      `Tenant is ${found.status}; only PROVISIONING or FAILED tenants can be provisioned.`,
    );
  }
  return withTenantLock(found.id, () => provisionLocked(found, hooks));
}

async function provisionLocked(tenant: Tenant, hooks: ProvisionHooks): Promise<Tenant> {
  const target: TenantDatabaseTarget = { tenantId: tenant.id, database: tenant.dbName, role: tenant.dbRole };
  const server = { host: tenant.dbHost, port: tenant.dbPort };
  const created = { objects: false, folders: false };
  const started = performance.now();
  const step = async (name: ProvisionStep) => hooks.beforeStep?.(name, tenant.id);
  if (tenant.status !== 'PROVISIONING' || tenant.lastError) {
    await ownerDb
      .update(tenants)
      .set({ status: 'PROVISIONING', lastError: null, updatedAt: new Date() })
      .where(eq(tenants.id, tenant.id));
  }
  try {
    const password = generateRolePassword();
    // All cluster-level DDL on one maintenance connection: each new connection costs a SCRAM handshake and a fork.
    await withAdminClient(
      MAINTENANCE_DATABASE,
      async (client) => {
        await assertNoForeignObjects(client, target);
        created.objects = true;

        await step('create-role');
        await createTenantRole(client, target, password);
        // Stored encrypted as soon as the role exists, so the row always holds the live credential.
        await ownerDb
          .update(tenants)
          .set({ dbPasswordEncrypted: encryptSecret(password, appSecret()), updatedAt: new Date() })
          .where(eq(tenants.id, tenant.id));

        await step('create-database');
        await cloneTemplate(client, target.database);
        await markDatabase(client, target);
        await grantDatabaseConnect(client, target, [client.user ?? clusterConfig().admin.user]);
      },
      server,
    );

    await step('apply-schema');
    // The template is normally current already; this costs one version check then.
    await withAdminClient(
      target.database,
      async (client) => {
        await migrateDatabase(client, TENANT_MIGRATIONS);
        await grantTableRights(client, target.role);
        await recordSchemaVersion(client, tenant.id);
      },
      server,
    );

    await step('create-folders');
    const folderExisted = await pathExists(tenant.storagePath);
    await createTenantFolders(tenant.slug);
    created.folders = !folderExisted;

    await step('seed-admin');
    await seedFirstAdmin(tenant, password);

    await step('activate');
    const [active] = await ownerDb
      .update(tenants)
      .set({
        status: 'ACTIVE',
        lastError: null,
        pendingAdmin: null,
        activatedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(tenants.id, tenant.id))
      .returning();
    logger.info('tenant provisioned', { tenant: tenant.slug });
    metrics().provisioningDuration.observe({ outcome: 'success' }, (performance.now() - started) / 1000);
    return active!;
  } catch (error) {
    // Never error.message itself: a failed query's message lists its parameters (the admin's password hash).
    const message = errorSummary(error);
    logger.error('tenant provisioning failed', { tenant: tenant.slug, error });
    metrics().provisioningDuration.observe({ outcome: 'failure' }, (performance.now() - started) / 1000);
    metrics().provisioningFailures.inc();
    // Conflicts found before we created anything leave foreign objects untouched.
    const rollbackErrors: string[] = [];
    if (created.objects)
      await dropTenantDatabaseAndRole(target, server).catch((e: Error) => rollbackErrors.push(e.message));
    if (created.folders)
      await removeTenantFolders(tenant.slug).catch((e: Error) => rollbackErrors.push(e.message));
    await ownerDb
      .update(tenants)
      .set({
        status: 'FAILED',
        lastError: rollbackErrors.length ? `${message} (rollback: ${rollbackErrors.join('; ')})` : message,
        dbPasswordEncrypted: null,
        updatedAt: new Date(),
      })
      .where(eq(tenants.id, tenant.id));
    if (error instanceof AppError) throw error;
    if (isDatabaseUnavailable(error)) throw serviceUnavailable();
    throw new AppError(500, 'PROVISIONING_FAILED', `Provisioning failed: ${message}`);
  }
}

/** Seeds the first practice and admin, connected as the tenant's own role (which also proves the grants work). */
async function seedFirstAdmin(tenant: Tenant, password: string): Promise<void> {
  const client = new pg.Client({
    host: tenant.dbHost,
    port: tenant.dbPort,
    database: tenant.dbName,
    user: tenant.dbRole,
    password,
    application_name: 'smartdmv-provision',
  });
  await client.connect();
  try {
    const admin = tenant.pendingAdmin;
    // One statement, so one round trip and atomic: the practice, the admin (when one is pending) and their link.
    await client.query(
      `with practice as (
         insert into practices (name) values ($1) returning id
       ), admin as (
         insert into users (email, name, role, password_hash)
         select $2, $3, 'ADMIN', $4 where $2::text is not null
         returning id
       )
       insert into user_practices (user_id, practice_id) select admin.id, practice.id from admin, practice`,
      [
        admin?.practiceName ?? tenant.name,
        admin?.email ?? null,
        admin?.name ?? null,
        admin?.passwordHash ?? null,
      ],
    );
  } finally {
    await client.end().catch(() => {});
  }
}
