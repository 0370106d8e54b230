import pg from 'pg';
import { appliedVersion } from '@/server/tenancy/migrations/run-migrations';
import { loadTenantConnectionInfo } from '@/server/tenancy/connections/connection-info';

/**
 * Connects to one clinic's database **as the clinic's own role** (what its requests do), so a revoked CONNECT, a
 * dropped role or a stopped database shows as unreachable. Reads the applied schema version while connected.
 */
export type ClinicProbe = { reachable: boolean; schemaVersion: number | null; error?: string };

export async function probeClinic(tenantId: string): Promise<ClinicProbe> {
  let client: pg.Client | undefined;
  try {
    const info = await loadTenantConnectionInfo(tenantId);
    client = new pg.Client({
      ...info,
      application_name: 'smartdmv-health',
      connectionTimeoutMillis: 5_000,
      query_timeout: 5_000,
    });
    client.on('error', () => {});
    await client.connect();
    let schemaVersion: number | null = null;
    try {
      schemaVersion = await appliedVersion(client);
    } catch {
      // The role may not read the journal; the server's schema marker stands in (see run-health-check).
    }
    return { reachable: true, schemaVersion };
  } catch (error) {
    return {
      reachable: false,
      schemaVersion: null,
      error: (error as { code?: string }).code ?? 'UNREACHABLE',
    };
  } finally {
    await client?.end().catch(() => {});
  }
}
