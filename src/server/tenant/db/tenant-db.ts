import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type * as tenantSchema from './schema';

/** A drizzle handle on one clinic's database, connected as the clinic's own role (see server/tenancy/connections). */
export type TenantDb = NodePgDatabase<typeof tenantSchema> & { $client: pg.Pool };

/** A transaction on a tenant database, as handed to `db.transaction(async (tx) => …)`. */
export type TenantTx = Parameters<Parameters<TenantDb['transaction']>[0]>[0];

/** The database or a transaction: for helpers that work inside a caller's transaction as well as on their own. */
export type TenantExecutor = TenantDb | TenantTx;
