import type { TenantDb } from '@/server/tenant/db/tenant-db';

/** A transaction on a tenant database, as handed to `db.transaction(async (tx) => …)`. */
export type TenantTx = Parameters<Parameters<TenantDb['transaction']>[0]>[0];

/** The database or a transaction: for helpers that work inside a caller's transaction as well as on their own. */
export type TenantExecutor = TenantDb | TenantTx;
