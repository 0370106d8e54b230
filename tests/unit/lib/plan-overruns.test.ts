import { describe, expect, it } from 'vitest';
import { planOverruns } from '@/lib/plan-overruns';

const usage = { users: 6, practices: 3, patients: 120, storageBytes: 3 * 1024 ** 3 };

describe('planOverruns', () => {
  it('names every limit the usage is above, in words', () => {
    expect(
      planOverruns({ maxUsers: 5, maxPractices: 1, maxPatients: 2000, maxStorageBytes: 1024 ** 3 }, usage),
    ).toEqual([
      '6 active users, plan allows 5 active users',
      '3 practices, plan allows 1 practice',
      '3.0 GB of files, plan allows 1.0 GB of files',
    ]);
  });

  it('is empty when the plan fits, at the limit or without limits', () => {
    expect(
      planOverruns({ maxUsers: 6, maxPractices: 3, maxPatients: 120, maxStorageBytes: null }, usage),
    ).toEqual([]);
    expect(
      planOverruns({ maxUsers: null, maxPractices: null, maxPatients: null, maxStorageBytes: null }, usage),
    ).toEqual([]);
  });
});
