/**
 * Length limits of fields a person types, shared by the zod schemas that enforce them and the form inputs that
 * carry them as `maxLength` (so a browser stops typing where the API would refuse). Change a limit here only.
 */
export const TENANT_FIELD_LIMITS = {
  name: { min: 2, max: 120 },
  slug: { min: 2, max: 40 },
  domain: { max: 253 },
  practiceName: { max: 200 },
  adminName: { max: 200 },
  email: { max: 254 },
  password: { min: 10, max: 200 },
} as const;
