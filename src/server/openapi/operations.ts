import type { ApiOperation } from '@/server/shared/openapi/operation';
import { operations as appointments } from '@/server/tenant/appointments/appointments.openapi';
import { operations as tenantAuth } from '@/server/tenant/auth/auth.openapi';
import { operations as tenantPasswordReset } from '@/server/tenant/auth/password-reset.openapi';
import { operations as billing } from '@/server/tenant/billing/billing.openapi';
import { operations as clients } from '@/server/tenant/clients/clients.openapi';
import { operations as exports } from '@/server/tenant/exports/exports.openapi';
import { operations as files } from '@/server/tenant/files/files.openapi';
import { operations as inventory } from '@/server/tenant/inventory/inventory.openapi';
import { operations as plan } from '@/server/tenant/plan-limits/plan-usage.openapi';
import { operations as practices } from '@/server/tenant/practices/practices.openapi';
import { operations as prescriptions } from '@/server/tenant/prescriptions/prescriptions.openapi';
import { operations as records } from '@/server/tenant/records/records.openapi';
import { operations as users } from '@/server/tenant/users/users.openapi';

/**
 * Every documented operation, by plane. A route added without an entry here (or an entry without a route) fails
 * tests/integration/openapi/drift.test.ts.
 */
export function tenantOperations(): ApiOperation[] {
  return [
    ...tenantAuth,
    ...tenantPasswordReset,
    ...users,
    ...practices,
    ...clients,
    ...appointments,
    ...records,
    ...prescriptions,
    ...inventory,
    ...files,
    ...plan,
    ...exports,
    ...billing,
  ];
}

/** Every owner route is documented by its descriptor now (src/app/api/owner/**); no list is left. */
export function ownerOperations(): ApiOperation[] {
  return [];
}

/** What a host may see: the owner API is described only on the owner host (elsewhere it does not exist). */
export function operationsFor(options: { includeOwner: boolean }): ApiOperation[] {
  return [...tenantOperations(), ...(options.includeOwner ? ownerOperations() : [])];
}
