import { and, eq, sql } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { subscriptionPlans, systemSettings } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { validationError } from '@/server/shared/errors';
import { readSystemSettings } from './read-settings';
import type { SystemSettings, UpdateSettingsBody } from './settings.schema';

/** Writes the given keys (one row each) and audits what changed from what to what, in one transaction. */
export async function updateSystemSettings(
  db: OwnerDb,
  options: { input: UpdateSettingsBody; context: OwnerActionContext },
): Promise<SystemSettings> {
  return db.transaction(async (tx) => {
    // One writer at a time, so two concurrent edits cannot both audit the same "from" value.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('smartdmv:owner-settings'))`);
    if (options.input.defaultPlanCode !== undefined) {
      const [plan] = await tx
        .select({ id: subscriptionPlans.id })
        .from(subscriptionPlans)
        .where(
          and(
            eq(subscriptionPlans.code, options.input.defaultPlanCode),
            eq(subscriptionPlans.isActive, true),
          ),
        );
      if (!plan) throw validationError({ fields: { defaultPlanCode: ['Choose an existing, active plan.'] } });
    }
    const before = await readSystemSettings(tx);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [key, value] of Object.entries(options.input) as [keyof SystemSettings, unknown][]) {
      if (value === undefined || JSON.stringify(before[key]) === JSON.stringify(value)) continue;
      changes[key] = { from: before[key], to: value };
      // As a JSON literal: a JS null would become SQL NULL, not the JSON null the column holds for "unset".
      const json = sql`${JSON.stringify(value)}::jsonb`;
      await tx
        .insert(systemSettings)
        .values({ key, value: json, updatedBy: options.context.actor.id })
        .onConflictDoUpdate({
          target: systemSettings.key,
          set: { value: json, updatedAt: new Date(), updatedBy: options.context.actor.id },
        });
    }
    if (Object.keys(changes).length > 0) {
      await auditAction(tx, options.context, {
        action: 'settings.update',
        targetType: 'settings',
        details: { changes },
      });
    }
    return { ...before, ...Object.fromEntries(Object.entries(changes).map(([k, c]) => [k, c.to])) };
  });
}
