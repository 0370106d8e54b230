import type { ApiOperation } from '@/server/shared/openapi/operation';
import { operations as ownerJobs } from '@/server/operations/jobs/jobs.openapi';
import { operations as ownerBackups } from '@/server/operations/backups/backups.openapi';
import { operations as health } from '@/server/operations/health/health.openapi';
import { operations as ownerAuth } from '@/server/owner/auth/auth.openapi';
import { operations as ownerPasswordReset } from '@/server/owner/auth/password-reset.openapi';
import { operations as ownerBilling } from '@/server/owner/billing/billing.openapi';
import { operations as ownerOutbox } from '@/server/owner/mail/mail.openapi';
import { operations as ownerDomains } from '@/server/owner/domains/domains.openapi';
import { operations as ownerPlans } from '@/server/owner/plans/plans.openapi';
import { operations as ownerServers } from '@/server/owner/servers/servers.openapi';
import { operations as ownerSettings } from '@/server/owner/settings/settings.openapi';
import { operations as ownerSubscriptions } from '@/server/owner/subscriptions/subscriptions.openapi';
import { operations as ownerTenants } from '@/server/owner/tenants/tenants.openapi';
import { operations as ownerUsage } from '@/server/owner/usage/usage.openapi';

/**
 * Every documented operation, by plane. A route added without an entry here (or an entry without a route) fails
 * tests/integration/openapi/drift.test.ts.
 */
export function ownerOperations(): ApiOperation[] {
  return [
    ...ownerAuth,
    ...ownerPasswordReset,
    ...ownerTenants,
    ...ownerDomains,
    ...ownerSubscriptions,
    ...ownerUsage,
    ...ownerBackups,
    ...ownerPlans,
    ...ownerSettings,
    ...ownerJobs,
    ...ownerServers,
    ...health,
    ...ownerBilling,
    ...ownerOutbox,
  ];
}

/** What a host may see: the owner API is described only on the owner host (elsewhere it does not exist). */
export function operationsFor(options: { includeOwner: boolean }): ApiOperation[] {
  return options.includeOwner ? ownerOperations() : [];
}
