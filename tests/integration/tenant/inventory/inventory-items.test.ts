import { describe, expect, it } from 'vitest';
import { POST as adjust } from '@/app/api/inventory/[id]/adjust/route';
import { GET as movements } from '@/app/api/inventory/[id]/movements/route';
import { POST as receive } from '@/app/api/inventory/[id]/receive/route';
import { GET as getItem, PATCH as patchItem } from '@/app/api/inventory/[id]/route';
import { GET as expiring } from '@/app/api/inventory/expiring/route';
import { GET as lowStock } from '@/app/api/inventory/low-stock/route';
import { GET as listItems, POST as createItemRoute } from '@/app/api/inventory/route';
import { callRoute } from '@tests/support/http';
import { addPractice, createItem, createPharmacyTenant, createStaff } from '@tests/support/pharmacy-fixtures';

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('inventory items', () => {
  it('creates an item with opening stock recorded as its first RECEIVE movement', async () => {
    const { t, tech } = await createPharmacyTenant('inv-create');
    const item = await createItem(t, tech.cookie, {
      name: 'Amoxicillin 250 mg',
      unit: 'tablet',
      openingQuantity: 12.5,
      priceMinor: 45,
    });
    expect(item.quantityOnHand).toBe(12.5);

    const ledger = await callRoute(movements, {
      url: `${t.origin}/api/inventory/${item.id}/movements`,
      cookie: tech.cookie,
      params: { id: item.id },
    });
    expect(ledger.status).toBe(200);
    expect(ledger.body.data).toHaveLength(1);
    expect(ledger.body.data[0]).toMatchObject({
      kind: 'RECEIVE',
      quantityDelta: 12.5,
      quantityAfter: 12.5,
      reason: 'Opening stock',
    });
  });

  it('refuses a duplicate SKU with 409 SKU_TAKEN', async () => {
    const { t, tech } = await createPharmacyTenant('inv-sku');
    await createItem(t, tech.cookie, { sku: 'MED-001' });
    const res = await callRoute(createItemRoute, {
      method: 'POST',
      url: `${t.origin}/api/inventory`,
      cookie: tech.cookie,
      body: { sku: 'MED-001', name: 'Other' },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('SKU_TAKEN');
  });

  it('never lets PATCH change the quantity on hand', async () => {
    const { t, tech } = await createPharmacyTenant('inv-patch');
    const item = await createItem(t, tech.cookie, { openingQuantity: 5 });
    const url = `${t.origin}/api/inventory/${item.id}`;
    const refused = await callRoute(patchItem, {
      method: 'PATCH',
      url,
      cookie: tech.cookie,
      params: { id: item.id },
      body: { quantityOnHand: 500 },
    });
    expect(refused.status).toBe(400);
    const renamed = await callRoute(patchItem, {
      method: 'PATCH',
      url,
      cookie: tech.cookie,
      params: { id: item.id },
      body: { name: 'Renamed', priceMinor: 1299, reorderLevel: 3 },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data).toMatchObject({
      name: 'Renamed',
      priceMinor: 1299,
      reorderLevel: 3,
      quantityOnHand: 5,
    });
  });

  it('receives and adjusts stock, each change one ledger row with the balance after it', async () => {
    const { t, tech } = await createPharmacyTenant('inv-move');
    const item = await createItem(t, tech.cookie);
    const params = { id: item.id };
    const got = await callRoute(receive, {
      method: 'POST',
      url: `${t.origin}/api/inventory/${item.id}/receive`,
      cookie: tech.cookie,
      params,
      body: { quantity: 20, lotNumber: 'LOT-A', expiresOn: isoDay(90) },
    });
    expect(got.status).toBe(201);
    expect(got.body.data.item).toMatchObject({
      quantityOnHand: 20,
      lotNumber: 'LOT-A',
      expiresOn: isoDay(90),
    });

    const noReason = await callRoute(adjust, {
      method: 'POST',
      url: `${t.origin}/api/inventory/${item.id}/adjust`,
      cookie: tech.cookie,
      params,
      body: { quantityDelta: -2 },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.fields.reason).toBeDefined();

    const broke = await callRoute(adjust, {
      method: 'POST',
      url: `${t.origin}/api/inventory/${item.id}/adjust`,
      cookie: tech.cookie,
      params,
      body: { quantityDelta: -3, reason: 'Bottle broken' },
    });
    expect(broke.status).toBe(201);
    expect(broke.body.data.movement).toMatchObject({
      kind: 'ADJUST',
      quantityDelta: -3,
      quantityAfter: 17,
      reason: 'Bottle broken',
    });

    const tooMuch = await callRoute(adjust, {
      method: 'POST',
      url: `${t.origin}/api/inventory/${item.id}/adjust`,
      cookie: tech.cookie,
      params,
      body: { quantityDelta: -18, reason: 'Count' },
    });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.error.code).toBe('INSUFFICIENT_STOCK');

    const after = await callRoute(getItem, {
      url: `${t.origin}/api/inventory/${item.id}`,
      cookie: tech.cookie,
      params,
    });
    expect(after.body.data.quantityOnHand).toBe(17);
    const ledger = await callRoute(movements, {
      url: `${t.origin}/api/inventory/${item.id}/movements`,
      cookie: tech.cookie,
      params,
    });
    expect(
      ledger.body.data.map((m: { kind: string; quantityAfter: number }) => [m.kind, m.quantityAfter]),
    ).toEqual([
      ['ADJUST', 17],
      ['RECEIVE', 20],
    ]);
  });

  it('keeps the earliest expiry on the shelf when a fresher lot arrives', async () => {
    const { t, tech } = await createPharmacyTenant('inv-lot');
    const item = await createItem(t, tech.cookie, {
      openingQuantity: 4,
      lotNumber: 'OLD',
      expiresOn: isoDay(10),
    });
    const res = await callRoute(receive, {
      method: 'POST',
      url: `${t.origin}/api/inventory/${item.id}/receive`,
      cookie: tech.cookie,
      params: { id: item.id },
      body: { quantity: 10, lotNumber: 'NEW', expiresOn: isoDay(300) },
    });
    expect(res.body.data.item).toMatchObject({ lotNumber: 'NEW', expiresOn: isoDay(10), quantityOnHand: 14 });
  });

  it('lists low-stock and expiring items and filters by search, controlled and category', async () => {
    const { t, tech } = await createPharmacyTenant('inv-list');
    const low = await createItem(t, tech.cookie, {
      name: 'Gauze',
      category: 'supply',
      reorderLevel: 10,
      openingQuantity: 2,
    });
    const fine = await createItem(t, tech.cookie, {
      name: 'Gloves',
      category: 'supply',
      reorderLevel: 1,
      openingQuantity: 50,
      expiresOn: isoDay(400),
    });
    const soon = await createItem(t, tech.cookie, {
      name: 'Ketamine',
      controlledSchedule: 'III',
      openingQuantity: 5,
      expiresOn: isoDay(7),
    });
    const gone = await createItem(t, tech.cookie, {
      name: 'Old vaccine',
      openingQuantity: 1,
      expiresOn: isoDay(-3),
    });
    const cookie = tech.cookie;

    const lows = await callRoute(lowStock, { url: `${t.origin}/api/inventory/low-stock`, cookie });
    expect(lows.body.data.map((i: { id: string }) => i.id)).toContain(low.id);
    expect(lows.body.data.map((i: { id: string }) => i.id)).not.toContain(fine.id);

    const exp = await callRoute(expiring, { url: `${t.origin}/api/inventory/expiring?days=30`, cookie });
    expect(exp.body.data.map((i: { id: string }) => i.id)).toEqual([gone.id, soon.id]);
    expect(exp.body.data[0].daysUntilExpiry).toBe(-3);

    const controlled = await callRoute(listItems, {
      url: `${t.origin}/api/inventory?controlled=true`,
      cookie,
    });
    expect(controlled.body.data.map((i: { id: string }) => i.id)).toEqual([soon.id]);
    const search = await callRoute(listItems, { url: `${t.origin}/api/inventory?q=glo`, cookie });
    expect(search.body.data.map((i: { id: string }) => i.id)).toEqual([fine.id]);
    const supplies = await callRoute(listItems, {
      url: `${t.origin}/api/inventory?category=SUPPLY&lowStock=true`,
      cookie,
    });
    expect(supplies.body.data.map((i: { id: string }) => i.id)).toEqual([low.id]);
    const expiringFilter = await callRoute(listItems, {
      url: `${t.origin}/api/inventory?expiringWithinDays=30`,
      cookie,
    });
    expect(expiringFilter.body.data.map((i: { id: string }) => i.id).sort()).toEqual(
      [gone.id, soon.id].sort(),
    );
  });

  it('pages through items with a cursor, without repeats or gaps', async () => {
    const { t, tech } = await createPharmacyTenant('inv-page');
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await createItem(t, tech.cookie, { name: `Same name` }));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { data: { id: string }[]; nextCursor: string | null } } = await callRoute(
        listItems,
        {
          url: `${t.origin}/api/inventory?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          cookie: tech.cookie,
        },
      );
      seen.push(...res.body.data.map((i) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(created.map((c) => c.id).sort());
  });

  it('answers 404 for items of a practice the caller does not belong to', async () => {
    const { t, admin } = await createPharmacyTenant('inv-scope');
    const otherPractice = await addPractice(t);
    const hidden = await createItem(t, admin, { practiceId: otherPractice, openingQuantity: 3 });
    const outsider = await createStaff(t, 'TECHNICIAN');
    const params = { id: hidden.id };
    expect(
      (
        await callRoute(getItem, {
          url: `${t.origin}/api/inventory/${hidden.id}`,
          cookie: outsider.cookie,
          params,
        })
      ).status,
    ).toBe(404);
    const res = await callRoute(adjust, {
      method: 'POST',
      url: `${t.origin}/api/inventory/${hidden.id}/adjust`,
      cookie: outsider.cookie,
      params,
      body: { quantityDelta: -1, reason: 'x' },
    });
    expect(res.status).toBe(404);
    const list = await callRoute(listItems, { url: `${t.origin}/api/inventory`, cookie: outsider.cookie });
    expect(list.body.data).toEqual([]);
    const create = await callRoute(createItemRoute, {
      method: 'POST',
      url: `${t.origin}/api/inventory`,
      cookie: outsider.cookie,
      body: { sku: 'X-1', name: 'X', practiceId: otherPractice },
    });
    expect(create.status).toBe(404);
  });

  it('lets every role read stock but only clinical staff and admins change it', async () => {
    const { t, tech, receptionist } = await createPharmacyTenant('inv-roles');
    const item = await createItem(t, tech.cookie, { openingQuantity: 1 });
    const read = await callRoute(getItem, {
      url: `${t.origin}/api/inventory/${item.id}`,
      cookie: receptionist.cookie,
      params: { id: item.id },
    });
    expect(read.status).toBe(200);
    const write = await callRoute(receive, {
      method: 'POST',
      url: `${t.origin}/api/inventory/${item.id}/receive`,
      cookie: receptionist.cookie,
      params: { id: item.id },
      body: { quantity: 1 },
    });
    expect(write.status).toBe(403);
    const anonymous = await callRoute(getItem, {
      url: `${t.origin}/api/inventory/${item.id}`,
      params: { id: item.id },
    });
    expect(anonymous.status).toBe(401);
  });
});
