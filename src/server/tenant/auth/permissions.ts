import type { TenantRole } from '@/server/tenant/db/schema';

/**
 * Who may do what in a clinic, decided on the server for every route. Receptionists book and register but do
 * not read full clinical notes; only veterinarians prescribe, sign and amend records; only admins manage users
 * and practices.
 */
const ALL: TenantRole[] = ['ADMIN', 'VETERINARIAN', 'TECHNICIAN', 'RECEPTIONIST'];
const CLINICAL: TenantRole[] = ['ADMIN', 'VETERINARIAN', 'TECHNICIAN'];

const PERMISSIONS = {
  'practices:read': ALL,
  'practices:manage': ['ADMIN'],
  /** The clinic's plan and its usage against the limits. */
  'plan:read': ['ADMIN'],
  /** Request and download the clinic's full data export (Settings → Data export). */
  'exports:manage': ['ADMIN'],
  /** The clinic's invoices, balance and billing profile. */
  'billing:read': ['ADMIN'],
  'billing:manage': ['ADMIN'],
  'users:read': ALL,
  'users:manage': ['ADMIN'],
  'clients:read': ALL,
  'clients:write': ALL,
  'patients:read': ALL,
  'patients:write': ALL,
  'appointments:read': ALL,
  'appointments:write': ALL,
  /** Full SOAP notes and vitals. Receptionists see record summaries only (date, author, status). */
  'records:read': CLINICAL,
  'records:read-summary': ALL,
  'records:write': ['VETERINARIAN', 'TECHNICIAN'],
  'records:sign': ['VETERINARIAN'],
  'records:amend': ['VETERINARIAN'],
  'prescriptions:read': CLINICAL,
  'prescriptions:write': ['VETERINARIAN'],
  'prescriptions:dispense': ['VETERINARIAN', 'TECHNICIAN'],
  'inventory:read': ALL,
  'inventory:write': ['ADMIN', 'VETERINARIAN', 'TECHNICIAN'],
  'inventory:controlled-log': ['ADMIN', 'VETERINARIAN'],
  'files:read': ALL,
  'files:write': ALL,
} as const satisfies Record<string, readonly TenantRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: TenantRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly TenantRole[]).includes(role);
}

/** The roles holding a permission: route descriptors document them (and the drift test checks the rest get 403). */
export function rolesWith(permission: Permission): readonly TenantRole[] {
  return PERMISSIONS[permission];
}
