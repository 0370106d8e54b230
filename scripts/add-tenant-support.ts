/**
 * Set-up of the control plane (the seed's step 2; also `npm run setup`): owner database and migrations, default
 * plans, the tenant template, the default tenant (existing rows kept) and the first owner account.
 * Idempotent: a second run reports no changes.
 */
import { setupControlPlane } from '../src/server/tenancy/setup';
import { ensureCluster, runCli } from './lib/cli';
import { printSetupReport } from './lib/print-setup-report';

runCli(async () => {
  await ensureCluster(console.log);
  const report = await setupControlPlane((line) => console.log(`  ${line}`));
  printSetupReport(report);
});
