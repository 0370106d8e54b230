import type { OwnerDb } from '@/server/owner/db/client';
import { subscriptionPlans } from '@/server/owner/db/schema';

const GiB = 1024 ** 3;

/**
 * The plan of a tenant created without one (the operator's `defaultPlanCode` setting overrides it): Professional, so
 * a clinic with a few practices and a normal team works from its first day, and plan limits bite only where the
 * operator chose a smaller plan.
 */
export const DEFAULT_PLAN_CODE = 'professional';

/** The seed's three tiers. Inserted when missing; an operator's later edits are never overwritten. */
const DEFAULT_PLANS = [
  {
    code: 'basic',
    name: 'Basic',
    description: 'One practice getting started.',
    priceMinor: 4900,
    currency: 'USD',
    interval: 'MONTH' as const,
    limits: { maxUsers: 5, maxPractices: 1, maxPatients: 2000, maxStorageBytes: 5 * GiB },
    features: ['appointments', 'medical-records', 'inventory'],
  },
  {
    code: 'professional',
    name: 'Professional',
    description: 'Growing clinics with several practices.',
    priceMinor: 14900,
    currency: 'USD',
    interval: 'MONTH' as const,
    limits: { maxUsers: 25, maxPractices: 5, maxPatients: 20000, maxStorageBytes: 50 * GiB },
    features: [
      'appointments',
      'medical-records',
      'inventory',
      'prescriptions',
      'medical-imaging',
      'custom-domain',
    ],
  },
  {
    code: 'enterprise',
    name: 'Enterprise',
    description: 'Hospitals and groups: no limits.',
    priceMinor: 49900,
    currency: 'USD',
    interval: 'MONTH' as const,
    limits: { maxUsers: null, maxPractices: null, maxPatients: null, maxStorageBytes: null },
    features: [
      'appointments',
      'medical-records',
      'inventory',
      'prescriptions',
      'medical-imaging',
      'custom-domain',
      'priority-support',
    ],
  },
];

export async function ensureDefaultPlans(db: OwnerDb): Promise<number> {
  const inserted = await db
    .insert(subscriptionPlans)
    .values(DEFAULT_PLANS)
    .onConflictDoNothing({ target: subscriptionPlans.code })
    .returning({ id: subscriptionPlans.id });
  return inserted.length;
}
