import type { OveragePrices, PlanLimits } from '@/server/owner/db/schema';
import { lineOf, type DraftLine } from './invoice-lines';
export { isoDate } from './periods';

export type PeakUsage = { users: number; practices: number; patients: number; storageBytes: number };

const GB = 1024 ** 3;

/**
 * Overage lines for the period that ended: for each metered resource the plan prices, the units above its limit
 * at the period's peak (storage in whole GB started). A resource without a limit or a price is never billed.
 */
export function overageLines(limits: PlanLimits, prices: OveragePrices, usage: PeakUsage): DraftLine[] {
  const lines: DraftLine[] = [];
  const add = (
    limit: number | null,
    used: number,
    unit: number | undefined,
    label: (n: number) => string,
  ) => {
    if (limit === null || !unit || used <= limit) return;
    const extra = used - limit;
    lines.push({ ...lineOf('overage', label(extra), extra * unit, extra), unitMinor: unit });
  };
  add(limits.maxUsers, usage.users, prices.users, (n) => `Extra users above the plan (${n})`);
  add(limits.maxPractices, usage.practices, prices.practices, (n) => `Extra practices above the plan (${n})`);
  add(
    limits.maxPatients,
    usage.patients,
    prices.patients,
    (n) => `Extra active patients above the plan (${n})`,
  );
  if (limits.maxStorageBytes !== null && prices.storageGb && usage.storageBytes > limits.maxStorageBytes) {
    const extraGb = Math.ceil((usage.storageBytes - limits.maxStorageBytes) / GB);
    lines.push({
      ...lineOf(
        'overage',
        `Extra storage above the plan (${extraGb} GB)`,
        extraGb * prices.storageGb,
        extraGb,
      ),
      unitMinor: prices.storageGb,
    });
  }
  return lines;
}
