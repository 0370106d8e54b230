import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { POST as dispense } from '@/app/api/prescriptions/[id]/dispense/route';
import { GET as getPrescription } from '@/app/api/prescriptions/[id]/route';
import { inventory, inventoryMovements, prescriptions } from '@/server/tenant/db/schema';
import { callRoute } from '@tests/support/http';
import type { TestTenant } from '@tests/support/tenants';
import { createItem, createPharmacyTenant, prescribe, tenantDb } from '@tests/support/pharmacy-fixtures';

function dispenseCall(t: TestTenant, cookie: string, id: string, body?: Record<string, unknown>) {
  return callRoute(dispense, {
    method: 'POST',
    url: `${t.origin}/api/prescriptions/${id}/dispense`,
    cookie,
    params: { id },
    body,
  });
}

async function stockAndLedger(t: TestTenant, itemId: string) {
  const db = await tenantDb(t);
  const [item] = await db.select().from(inventory).where(eq(inventory.id, itemId));
  const dispenses = await db
    .select()
    .from(inventoryMovements)
    .where(and(eq(inventoryMovements.inventoryItemId, itemId), eq(inventoryMovements.kind, 'DISPENSE')));
  return { onHand: Number(item!.quantityOnHand), dispenses };
}

describe('dispensing', () => {
  it('20 concurrent dispenses against stock 10: exactly 10 succeed, stock 0, ledger consistent', async () => {
    const { t, vet, tech, patient } = await createPharmacyTenant('rx-race');
    const item = await createItem(t, vet.cookie, { name: 'Cephalexin', openingQuantity: 10 });
    // Twenty separate prescriptions of one unit each: the prescriptions allow 20, so only stock can say no.
    const rxs = [];
    for (let i = 0; i < 20; i++)
      rxs.push(
        await prescribe(t, vet.cookie, { patientId: patient.id, inventoryItemId: item.id, quantity: 1 }),
      );

    const results = await Promise.all(
      rxs.map((rx, i) => dispenseCall(t, i % 2 ? vet.cookie : tech.cookie, rx.id)),
    );
    const ok = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status === 409);
    expect(ok).toHaveLength(10);
    expect(refused).toHaveLength(10);
    expect(refused.every((r) => r.body.error.code === 'INSUFFICIENT_STOCK')).toBe(true);

    const { onHand, dispenses } = await stockAndLedger(t, item.id);
    expect(onHand).toBe(0);
    expect(dispenses).toHaveLength(10);
    expect(dispenses.reduce((sum, m) => sum + Number(m.quantityDelta), 0)).toBe(-10);
    expect(dispenses.map((m) => Number(m.quantityAfter)).sort((a, b) => a - b)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);

    // Each successful dispense completed its prescription and points at it; the refused ones changed nothing.
    const db = await tenantDb(t);
    const rows = await db.select().from(prescriptions).where(eq(prescriptions.inventoryItemId, item.id));
    const completed = rows.filter((r) => r.status === 'COMPLETED');
    expect(completed).toHaveLength(10);
    expect(new Set(dispenses.map((m) => m.prescriptionId))).toEqual(new Set(completed.map((r) => r.id)));
    expect(rows.filter((r) => r.status === 'ACTIVE').every((r) => Number(r.quantityDispensed) === 0)).toBe(
      true,
    );
  });

  it('loses no fill when one prescription is dispensed concurrently', async () => {
    const { t, vet, patient } = await createPharmacyTenant('rx-race1');
    const item = await createItem(t, vet.cookie, { openingQuantity: 10 });
    const rx = await prescribe(t, vet.cookie, {
      patientId: patient.id,
      inventoryItemId: item.id,
      quantity: 20,
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, () => dispenseCall(t, vet.cookie, rx.id, { quantity: 1 })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(10);
    const detail = await callRoute(getPrescription, {
      url: `${t.origin}/api/prescriptions/${rx.id}`,
      cookie: vet.cookie,
      params: { id: rx.id },
    });
    expect(detail.body.data).toMatchObject({
      quantityDispensed: 10,
      quantityRemaining: 10,
      status: 'ACTIVE',
    });
    expect(detail.body.data.dispenses).toHaveLength(10);
    expect((await stockAndLedger(t, item.id)).onHand).toBe(0);
  });

  it('refuses with 409 INSUFFICIENT_STOCK and changes nothing when stock is short', async () => {
    const { t, vet, patient } = await createPharmacyTenant('rx-short');
    const item = await createItem(t, vet.cookie, { openingQuantity: 3 });
    const rx = await prescribe(t, vet.cookie, {
      patientId: patient.id,
      inventoryItemId: item.id,
      quantity: 5,
    });
    const res = await dispenseCall(t, vet.cookie, rx.id);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'INSUFFICIENT_STOCK',
      details: { quantityOnHand: 3, requested: 5 },
    });
    const { onHand, dispenses } = await stockAndLedger(t, item.id);
    expect(onHand).toBe(3);
    expect(dispenses).toHaveLength(0);
    const detail = await callRoute(getPrescription, {
      url: `${t.origin}/api/prescriptions/${rx.id}`,
      cookie: vet.cookie,
      params: { id: rx.id },
    });
    expect(detail.body.data).toMatchObject({
      quantityDispensed: 0,
      refillsUsed: 0,
      status: 'ACTIVE',
      dispenses: [],
    });
  });

  it('dispenses fills and refills up to what was prescribed, then completes', async () => {
    const { t, vet, tech, patient } = await createPharmacyTenant('rx-fills');
    const item = await createItem(t, vet.cookie, { openingQuantity: 100, controlledSchedule: 'IV' });
    const rx = await prescribe(t, vet.cookie, {
      patientId: patient.id,
      inventoryItemId: item.id,
      quantity: 10,
      refills: 1,
    });

    expect((await dispenseCall(t, tech.cookie, rx.id, { quantity: 4 })).status).toBe(201);
    const beyondFill = await dispenseCall(t, tech.cookie, rx.id, { quantity: 7 });
    expect(beyondFill.status).toBe(409);
    expect(beyondFill.body.error).toMatchObject({
      code: 'EXCEEDS_PRESCRIPTION',
      details: { remainingInFill: 6 },
    });
    expect((await dispenseCall(t, tech.cookie, rx.id, { quantity: 6 })).status).toBe(201);
    const noMore = await dispenseCall(t, tech.cookie, rx.id, { quantity: 1 });
    expect(noMore.body.error.code).toBe('EXCEEDS_PRESCRIPTION');

    const refill = await dispenseCall(t, tech.cookie, rx.id, { isRefill: true });
    expect(refill.status).toBe(201);
    expect(refill.body.data.prescription).toMatchObject({
      refillsUsed: 1,
      quantityDispensed: 20,
      status: 'COMPLETED',
      quantityRemaining: 0,
    });
    expect(refill.body.data.movement).toMatchObject({
      kind: 'DISPENSE',
      quantityDelta: -10,
      prescriptionId: rx.id,
    });
    expect(refill.body.data.quantityOnHand).toBe(80);

    const afterComplete = await dispenseCall(t, tech.cookie, rx.id, { isRefill: true });
    expect(afterComplete.status).toBe(409);
    expect(afterComplete.body.error.code).toBe('PRESCRIPTION_COMPLETED');
    expect((await stockAndLedger(t, item.id)).dispenses).toHaveLength(3);
  });

  it('has no refills for a schedule II prescription', async () => {
    const { t, vet, patient } = await createPharmacyTenant('rx-norefill');
    const item = await createItem(t, vet.cookie, { openingQuantity: 50, controlledSchedule: 'II' });
    const rx = await prescribe(t, vet.cookie, {
      patientId: patient.id,
      inventoryItemId: item.id,
      quantity: 5,
    });
    const res = await dispenseCall(t, vet.cookie, rx.id, { isRefill: true });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('NO_REFILLS_LEFT');
    expect((await stockAndLedger(t, item.id)).onHand).toBe(50);
  });

  it('answers 404 for an unknown or malformed prescription id', async () => {
    const { t, vet } = await createPharmacyTenant('rx-404');
    expect((await dispenseCall(t, vet.cookie, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await dispenseCall(t, vet.cookie, 'not-a-uuid')).status).toBe(404);
  });
});
