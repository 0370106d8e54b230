import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { POST as adjust } from '@/app/api/inventory/[id]/adjust/route';
import { POST as receive } from '@/app/api/inventory/[id]/receive/route';
import { GET as controlledLog } from '@/app/api/inventory/controlled-log/route';
import { inventory, inventoryMovements } from '@/server/tenant/db/schema';
import { callRoute } from '@tests/support/http';
import { createItem, createPharmacyTenant, tenantDb } from '@tests/support/pharmacy-fixtures';

describe('stock changes under concurrency', () => {
  it('loses no update when receives and adjustments race, and the ledger replays to the stock', async () => {
    const { t, tech, vet } = await createPharmacyTenant('inv-race');
    const item = await createItem(t, tech.cookie, { openingQuantity: 100 });
    const params = { id: item.id };
    const requests = [];
    for (let i = 0; i < 15; i++) {
      requests.push(
        callRoute(receive, {
          method: 'POST',
          url: `${t.origin}/api/inventory/${item.id}/receive`,
          cookie: tech.cookie,
          params,
          body: { quantity: 5 },
        }),
        callRoute(adjust, {
          method: 'POST',
          url: `${t.origin}/api/inventory/${item.id}/adjust`,
          cookie: vet.cookie,
          params,
          body: { quantityDelta: -3, reason: `Count ${i}` },
        }),
      );
    }
    const results = await Promise.all(requests);
    expect(results.map((r) => r.status)).toEqual(Array(30).fill(201));

    const db = await tenantDb(t);
    const [row] = await db.select().from(inventory).where(eq(inventory.id, item.id));
    expect(Number(row!.quantityOnHand)).toBe(100 + 15 * 5 - 15 * 3);

    const ledger = await db
      .select()
      .from(inventoryMovements)
      .where(eq(inventoryMovements.inventoryItemId, item.id))
      .orderBy(asc(inventoryMovements.createdAt));
    expect(ledger).toHaveLength(31);
    // Replaying the ledger in time order reproduces every recorded balance: no two changes saw the same "before".
    let balance = 0;
    for (const movement of ledger) {
      balance += Number(movement.quantityDelta);
      expect(Number(movement.quantityAfter)).toBe(balance);
    }
    expect(balance).toBe(Number(row!.quantityOnHand));
  });

  it('never drives stock negative when more is taken concurrently than there is', async () => {
    const { t, tech } = await createPharmacyTenant('inv-neg');
    const item = await createItem(t, tech.cookie, { openingQuantity: 10 });
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        callRoute(adjust, {
          method: 'POST',
          url: `${t.origin}/api/inventory/${item.id}/adjust`,
          cookie: tech.cookie,
          params: { id: item.id },
          body: { quantityDelta: -1, reason: `Write-off ${i}` },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(10);
    expect(
      results.filter((r) => r.status === 409 && r.body.error.code === 'INSUFFICIENT_STOCK'),
    ).toHaveLength(5);
    const db = await tenantDb(t);
    const [row] = await db.select().from(inventory).where(eq(inventory.id, item.id));
    expect(Number(row!.quantityOnHand)).toBe(0);
    expect(
      await db.select().from(inventoryMovements).where(eq(inventoryMovements.inventoryItemId, item.id)),
    ).toHaveLength(11);
  });
});

describe('controlled-drug log', () => {
  it('lists movements of scheduled items only, with running balances, to admins and veterinarians', async () => {
    const { t, tech, vet, admin } = await createPharmacyTenant('inv-ctrl');
    const morphine = await createItem(t, vet.cookie, {
      name: 'Morphine',
      controlledSchedule: 'II',
      openingQuantity: 10,
    });
    await createItem(t, vet.cookie, { name: 'Saline', openingQuantity: 10 });
    await callRoute(adjust, {
      method: 'POST',
      url: `${t.origin}/api/inventory/${morphine.id}/adjust`,
      cookie: vet.cookie,
      params: { id: morphine.id },
      body: { quantityDelta: -2, reason: 'Wasted, witnessed' },
    });

    const forTech = await callRoute(controlledLog, {
      url: `${t.origin}/api/inventory/controlled-log`,
      cookie: tech.cookie,
    });
    expect(forTech.status).toBe(403);
    for (const cookie of [vet.cookie, admin]) {
      const res = await callRoute(controlledLog, { url: `${t.origin}/api/inventory/controlled-log`, cookie });
      expect(res.status).toBe(200);
      expect(
        res.body.data.map((e: { item: { name: string }; kind: string; quantityAfter: number }) => [
          e.item.name,
          e.kind,
          e.quantityAfter,
        ]),
      ).toEqual([
        ['Morphine', 'RECEIVE', 10],
        ['Morphine', 'ADJUST', 8],
      ]);
      expect(res.body.data[1].item.controlledSchedule).toBe('II');
    }
  });
});
