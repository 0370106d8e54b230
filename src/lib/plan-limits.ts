import { formatBytes } from './format-bytes';

/**
 * What a plan limits, and how to say a quantity of each: shared by the tenant plane (which refuses growth past a
 * limit) and the owner console (which warns before a clinic is moved onto a plan it has outgrown).
 */
export type PlanLimitKey = 'maxUsers' | 'maxPractices' | 'maxPatients' | 'maxStorageBytes';
export type LimitedResource = 'users' | 'practices' | 'patients' | 'storageBytes';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export const LIMITED_RESOURCES: Record<
  LimitedResource,
  { limit: PlanLimitKey; describe: (n: number) => string }
> = {
  users: { limit: 'maxUsers', describe: (n) => plural(n, 'active user') },
  practices: { limit: 'maxPractices', describe: (n) => plural(n, 'practice') },
  patients: { limit: 'maxPatients', describe: (n) => plural(n, 'active patient') },
  storageBytes: { limit: 'maxStorageBytes', describe: (n) => `${formatBytes(n)} of files` },
};
