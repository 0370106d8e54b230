/**
 * Length limits of the owner console's fields, shared by the zod schemas that enforce them and the form inputs
 * that carry them as `maxLength` (so a browser stops typing where the API would refuse), as TENANT_FIELD_LIMITS does
 * for the new-tenant form. Change a limit here only.
 */
export const OWNER_FIELD_LIMITS = {
  email: { max: 254 },
  password: { max: 200 },
  newPassword: { min: 10, max: 200 },
  maintenanceBanner: { max: 500 },
  maintenanceMessage: { max: 500 },
  operatorName: { max: 200 },
  operatorAddress: { max: 500 },
  operatorTaxId: { max: 100 },
  backupTime: { max: 5 },
  planCode: { min: 2, max: 40 },
  planName: { max: 100 },
  planDescription: { max: 1000 },
  currency: { max: 3 },
  displayName: { max: 120 },
  logoUrl: { max: 2000 },
  serverName: { max: 63 },
  host: { max: 253 },
  adminUser: { max: 63 },
  adminPassword: { max: 1000 },
  paymentReference: { max: 200 },
  // Filters of the console's lists (query strings).
  tenantSearch: { max: 200 },
  auditActor: { max: 254 },
  invoiceSearch: { max: 100 },
  outboxRecipient: { max: 200 },
} as const;
