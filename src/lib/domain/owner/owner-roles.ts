/** Owner console roles: OWNER changes things, SUPPORT reads. */
export const OWNER_ROLES = ['OWNER', 'SUPPORT'] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];
