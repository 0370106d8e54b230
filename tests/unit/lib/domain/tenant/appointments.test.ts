import { describe, expect, it } from 'vitest';
import { APPOINTMENT_STATUSES, isClosed, isMovable, nextStatuses } from '@/lib/domain/tenant/appointments';

describe('appointment workflow rules shared by the server and the calendar', () => {
  it('lets the calendar drag exactly what the server lets you reschedule', () => {
    for (const status of APPOINTMENT_STATUSES) expect(isMovable(status)).toBe(!isClosed(status));
  });

  it('lets a visit in progress be moved, but not a completed, cancelled or missed one', () => {
    expect(isMovable('IN_PROGRESS')).toBe(true);
    expect(APPOINTMENT_STATUSES.filter((s) => !isMovable(s))).toEqual(['COMPLETED', 'CANCELLED', 'NO_SHOW']);
  });

  it('gives closed appointments no way out', () => {
    for (const status of APPOINTMENT_STATUSES.filter(isClosed)) expect(nextStatuses(status)).toEqual([]);
  });
});
