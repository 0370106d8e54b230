import type { SetupReport } from '../../src/server/tenancy/setup';

export function printSetupReport(report: SetupReport): void {
  console.log(
    report.changes.length === 0
      ? 'Set-up is current: nothing to change.'
      : `Set-up done: ${report.changes.length} change(s).`,
  );
  if (report.ownerAccount) {
    console.log(`\nOwner account: ${report.ownerAccount.email}   (signs in to the owner console, /owner)`);
    if (report.ownerAccount.password)
      console.log(`Owner password (shown once, change it): ${report.ownerAccount.password}`);
  }
  if (report.defaultTenantAdmin) {
    console.log(
      `Default clinic admin: ${report.defaultTenantAdmin.email}   (signs in to the default clinic, /login)`,
    );
    if (report.defaultTenantAdmin.password)
      console.log(`Default clinic admin password (shown once): ${report.defaultTenantAdmin.password}`);
  }
}
