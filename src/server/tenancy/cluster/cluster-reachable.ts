import pg from 'pg';
import { causeChain } from '@/server/shared/cause-chain';
import { clusterConfig } from './cluster';

function notRunningMessage(port: number): string {
  return `The embedded PostgreSQL (127.0.0.1:${port}) is not running. Start the app with \`npm start\` in another terminal, or set OWNER_DATABASE_URL to use an external server.`;
}

/**
 * For code that runs outside `npm start` and the CLIs (the seed guide's one-liners): in embedded mode only a
 * running `npm start` (or CLI) has the server up, so say that plainly instead of a bare ECONNREFUSED.
 */
export async function assertClusterReachable(): Promise<void> {
  const config = clusterConfig();
  if (config.mode !== 'embedded') return;
  const client = new pg.Client({ ...config.admin, database: 'postgres', connectionTimeoutMillis: 3_000 });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch {
    throw new Error(notRunningMessage(config.admin.port));
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * For modules that cannot await at import (see src/db/owner-db.config.ts): when the process is about to die of a
 * refused connection to the embedded server, print the same plain explanation first.
 */
export function explainRefusedEmbeddedConnections(): void {
  const flag = Symbol.for('smartdmv.explainRefused');
  const holder = globalThis as { [flag]?: boolean };
  if (holder[flag]) return;
  holder[flag] = true;
  process.on('uncaughtExceptionMonitor', (error) => {
    const refused = causeChain(error).some((link) => (link as { code?: string }).code === 'ECONNREFUSED');
    // Synchronous: the process exits right after this listener returns.
    if (refused && clusterConfig().mode === 'embedded')
      console.error(`${notRunningMessage(clusterConfig().admin.port)}\n`);
  });
}
