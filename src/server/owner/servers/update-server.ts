import { eq, sql } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { databaseServers } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { conflict, notFound, validationError } from '@/server/shared/errors';
import { encryptSecret } from '@/server/shared/secret-box';
import { appSecret } from '@/server/tenancy/cluster/cluster';
import { checkPoolerReachable, checkServerAdmin } from '@/server/tenancy/servers/check-server';
import { forgetServerCredentials, serverAdminCredentials } from '@/server/tenancy/servers/server-credentials';
import { PRIMARY_SERVER_NAME } from '@/server/tenancy/servers/register-primary-server';
import { getServer } from './list-servers';
import type { UpdateServerBody } from './server.schema';

/**
 * Changes a server's name, status (ACTIVE / DRAINING / OFFLINE), capacity, admin credentials or pooler address.
 * New admin credentials and a new pooler are tested first, like on registration. The primary keeps its name and
 * credentials (set-up keeps them in step with the environment).
 */
export async function updateServer(
  db: OwnerDb,
  options: { id: string; input: UpdateServerBody; context: OwnerActionContext },
) {
  const { input } = options;
  if (Object.keys(input).length === 0) throw validationError({}, 'Nothing to change.');
  const [current] = await db.select().from(databaseServers).where(eq(databaseServers.id, options.id));
  if (!current) throw notFound('Database server');
  if (
    current.name === PRIMARY_SERVER_NAME &&
    (input.name !== undefined || input.adminUser || input.adminPassword)
  )
    throw conflict(
      'PRIMARY_SERVER_FROM_ENV',
      'The primary server takes its name and admin credentials from the environment (PGUSER/PGPASSWORD).',
    );
  if (input.name && input.name.toLowerCase() !== current.name.toLowerCase()) {
    const [taken] = await db
      .select({ id: databaseServers.id })
      .from(databaseServers)
      .where(sql`lower(${databaseServers.name}) = lower(${input.name})`);
    if (taken)
      throw conflict('SERVER_NAME_TAKEN', `A database server named "${input.name}" is already registered.`, {
        fields: { name: ['Already in use.'] },
      });
  }
  if (input.adminUser || input.adminPassword) {
    const admin = serverAdminCredentials(current);
    await checkServerAdmin({
      ...admin,
      user: input.adminUser ?? admin.user,
      password: input.adminPassword ?? admin.password,
    });
  }
  const poolerHost = input.poolerHost === undefined ? current.poolerHost : input.poolerHost;
  const poolerPort = input.poolerPort === undefined ? current.poolerPort : input.poolerPort;
  if (poolerHost && (input.poolerHost !== undefined || input.poolerPort !== undefined))
    await checkPoolerReachable(poolerHost, poolerPort ?? 6432);

  const { adminPassword, ...rest } = input;
  const [row] = await db
    .update(databaseServers)
    .set({
      ...rest,
      ...(adminPassword ? { adminPasswordEncrypted: encryptSecret(adminPassword, appSecret()) } : {}),
      poolerHost: poolerHost ?? null,
      poolerPort: poolerHost ? (poolerPort ?? 6432) : null,
      updatedAt: new Date(),
    })
    .where(eq(databaseServers.id, current.id))
    .returning();
  forgetServerCredentials();
  // Every app process hears of it through the database_servers NOTIFY trigger and reconnects those clinics.
  await auditAction(db, options.context, {
    action: 'server.update',
    targetType: 'database_server',
    targetId: current.id,
    details: { changes: Object.keys(input).filter((k) => k !== 'adminPassword') },
  });
  return getServer(db, row!.id);
}
