/**
 * The seed guide's import path for the owner database handle: `import { ownerDb } from './src/db/owner-db.config'`.
 * A thin alias of `@/server/owner/db/client` for one-liners and old scripts; application code imports the real
 * modules. Also exports the owner schema (`tenants`, `tenantDomains`, …).
 */
import { tenants } from '@/server/owner/db/schema';
import { explainRefusedEmbeddedConnections } from '@/server/tenancy/cluster/cluster-reachable';

export { ownerDb } from '@/server/owner/db/client';
export * from '@/server/owner/db/schema';

declare global {
  var tenants: typeof import('@/server/owner/db/schema').tenants;
}

// The guide's check `npx tsx -e "import { ownerDb } from './src/db/owner-db.config'; console.log(await
// ownerDb.select().from(tenants))"` uses `tenants` without importing it. So that command works exactly as written,
// importing this module also defines a global `tenants`. Nothing else may rely on it: import the schema instead.
globalThis.tenants = tenants;

// No top-level reachability check: `tsx -e` without --input-type=module compiles to CommonJS, which cannot load a
// module that awaits at the top. A refused connection to a stopped embedded server is explained when it happens.
explainRefusedEmbeddedConnections();
