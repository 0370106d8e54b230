import { inArray } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { decryptSecret } from '@/server/shared/secret-box';
import { MAINTENANCE_DATABASE, withAdminClient } from '../cluster/admin-client';
import { appSecret } from '../cluster/cluster';
import { quoteIdent, quoteLiteral } from '../cluster/identifiers';
import { scramIterations, scramVerifier, TENANT_SCRAM_ITERATIONS } from './scram-verifier';

/**
 * Gives existing clinics' roles the cheap SCRAM verifier (see scram-verifier.ts), run by `tenants:migrate`.
 * Per server: one read of pg_authid, then one multi-statement ALTER ROLE for the roles still on another iteration
 * count. Reading pg_authid needs a superuser admin; without one the server is reported as unreadable and left as
 * is (connections still work, they are only slower). Open connections are unaffected by ALTER ROLE.
 */

export type VerifierRefreshReport = { updated: number; current: number; unreadableServers: string[] };

export async function refreshRoleVerifiers(): Promise<VerifierRefreshReport> {
  const rows = await ownerDb
    .select({
      role: tenants.dbRole,
      host: tenants.dbHost,
      port: tenants.dbPort,
      password: tenants.dbPasswordEncrypted,
    })
    .from(tenants)
    .where(inArray(tenants.status, ['ACTIVE', 'SUSPENDED']));
  const byServer = new Map<string, typeof rows>();
  for (const row of rows) {
    if (!row.password) continue;
    const key = `${row.host}:${row.port}`;
    byServer.set(key, [...(byServer.get(key) ?? []), row]);
  }
  const report: VerifierRefreshReport = { updated: 0, current: 0, unreadableServers: [] };
  for (const [key, group] of byServer) {
    const { host, port } = group[0]!;
    try {
      await withAdminClient(
        MAINTENANCE_DATABASE,
        async (client) => {
          const { rows: stored } = await client.query<{ rolname: string; rolpassword: string | null }>(
            'select rolname, rolpassword from pg_authid where rolname = any($1)',
            [group.map((g) => g.role)],
          );
          const iterations = new Map(stored.map((r) => [r.rolname, scramIterations(r.rolpassword)]));
          const statements: string[] = [];
          for (const row of group) {
            if (!iterations.has(row.role)) continue; // the role is gone; provisioning or retry deals with it
            if (iterations.get(row.role) === TENANT_SCRAM_ITERATIONS) {
              report.current++;
              continue;
            }
            const verifier = scramVerifier(decryptSecret(row.password!, appSecret()));
            statements.push(`alter role ${quoteIdent(row.role)} password ${quoteLiteral(verifier)}`);
          }
          if (statements.length > 0) await client.query(statements.join(';\n'));
          report.updated += statements.length;
        },
        { host, port },
      );
    } catch {
      report.unreadableServers.push(key);
    }
  }
  return report;
}
