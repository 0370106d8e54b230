import { formatBytes } from './format-bytes';

/**
 * What a plan limits, and how to say a quantity of each: shared by the tenant plane (which refuses growth past a
 * limit and shows admins where they stand) and the owner console (which warns before a clinic is moved onto a plan
 * it has outgrown).
 */
export type PlanLimitKey = 'maxUsers' | 'maxPractices' | 'maxPatients' | 'maxStorageBytes';
export type LimitedResource = 'users' | 'practices' | 'patients' | 'storageBytes';

type ResourceWording = {
  limit: PlanLimitKey;
  /** The bare amount, for meters: "2,000", "5.0 GB". */
  amount: (n: number) => string;
  /** The amount with its noun, for sentences: "2,000 active patients", "5.0 GB of files". */
  describe: (n: number) => string;
};

const count = (n: number) => n.toLocaleString('en-US');
const counted = (limit: PlanLimitKey, noun: string): ResourceWording => ({
  limit,
  amount: count,
  describe: (n) => `${count(n)} ${noun}${n === 1 ? '' : 's'}`,
});

export const LIMITED_RESOURCES: Record<LimitedResource, ResourceWording> = {
  users: counted('maxUsers', 'active user'),
  practices: counted('maxPractices', 'practice'),
  patients: counted('maxPatients', 'active patient'),
  storageBytes: {
    limit: 'maxStorageBytes',
    amount: formatBytes,
    describe: (n) => `${formatBytes(n)} of files`,
  },
};

/** Every limited resource, in display order. */
export const LIMITED_RESOURCE_NAMES = Object.keys(LIMITED_RESOURCES) as LimitedResource[];
