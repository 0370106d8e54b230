import { eq, sql } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { databaseServers } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { conflict } from '@/server/shared/errors';
import { encryptSecret } from '@/server/shared/secret-box';
import { appSecret } from '@/server/tenancy/cluster/cluster';
import { checkPoolerReachable, checkServerAdmin } from '@/server/tenancy/servers/check-server';
import { forgetServerCredentials } from '@/server/tenancy/servers/server-credentials';
import { ensureTemplateDatabase } from '@/server/tenancy/provisioning/template';
import type { CreateServerBody } from './server.schema';
import { describeServer } from './list-servers';

/**
 * Registers a PostgreSQL server for clinic databases: tests the admin connection and rights (and the pooler),
 * refuses a duplicate name or address, creates the server's template database, then stores it ACTIVE with the
 * admin password encrypted. Nothing is stored when a check fails.
 */
export async function createServer(
  db: OwnerDb,
  options: { input: CreateServerBody; context: OwnerActionContext },
) {
  const { input } = options;
  const [clash] = await db
    .select({ name: databaseServers.name, host: databaseServers.host, port: databaseServers.port })
    .from(databaseServers)
    .where(
      sql`lower(${databaseServers.name}) = lower(${input.name}) or (${databaseServers.host} = ${input.host} and ${databaseServers.port} = ${input.port})`,
    );
  if (clash?.name.toLowerCase() === input.name.toLowerCase())
    throw conflict('SERVER_NAME_TAKEN', `A database server named "${clash.name}" is already registered.`, {
      fields: { name: ['Already in use.'] },
    });
  if (clash)
    throw conflict(
      'SERVER_EXISTS',
      `${input.host}:${input.port} is already registered as the server "${clash.name}".`,
      { fields: { host: ['Already registered.'] } },
    );

  const admin = { host: input.host, port: input.port, user: input.adminUser, password: input.adminPassword };
  await checkServerAdmin(admin);
  if (input.poolerHost) await checkPoolerReachable(input.poolerHost, input.poolerPort ?? 6432);

  // Registered first (so the admin credentials resolve for the template), removed again if the template fails.
  const [row] = await db
    .insert(databaseServers)
    .values({
      name: input.name,
      host: input.host,
      port: input.port,
      adminUser: input.adminUser,
      adminPasswordEncrypted: encryptSecret(input.adminPassword, appSecret()),
      poolerHost: input.poolerHost ?? null,
      poolerPort: input.poolerHost ? (input.poolerPort ?? 6432) : null,
      capacity: input.capacity,
      status: 'ACTIVE',
    })
    .returning();
  forgetServerCredentials();
  try {
    await ensureTemplateDatabase(undefined, { host: input.host, port: input.port });
  } catch (error) {
    await db.delete(databaseServers).where(eq(databaseServers.id, row!.id));
    throw conflict(
      'SERVER_TEMPLATE_FAILED',
      `Connected, but creating the clinic template database on ${input.host}:${input.port} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  await auditAction(db, options.context, {
    action: 'server.create',
    targetType: 'database_server',
    targetId: row!.id,
    details: { name: input.name, host: input.host, port: input.port, capacity: input.capacity },
  });
  return describeServer(row!, { clinics: 0, databaseBytes: 0, connections: 0, reachable: true });
}
