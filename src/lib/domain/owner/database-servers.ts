/** ACTIVE servers take new clinics; DRAINING ones keep theirs but take none; OFFLINE ones are not used. */
export const DATABASE_SERVER_STATUSES = ['ACTIVE', 'DRAINING', 'OFFLINE'] as const;
export type DatabaseServerStatus = (typeof DATABASE_SERVER_STATUSES)[number];
