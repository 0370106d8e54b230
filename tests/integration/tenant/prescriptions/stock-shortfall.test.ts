import { describe, expect, it } from 'vitest';
import { POST as dispense } from '@/app/api/prescriptions/[id]/dispense/route';
import { callRoute } from '@tests/support/http';
import { createItem, createPharmacyTenant, prescribe } from '@tests/support/pharmacy-fixtures';

describe('prescribing more than the stock', () => {
  it('accepts the prescription, and dispensing refuses once, saying how much is on hand', async () => {
    const { t, admin, vet, patient } = await createPharmacyTenant('rx-short');
    const item = await createItem(t, admin, {
      name: 'Carprofen 75 mg tablets',
      category: 'MEDICATION',
      unit: 'tablet',
      openingQuantity: 41,
    });
    const rx = await prescribe(t, vet.cookie, {
      patientId: patient.id,
      inventoryItemId: item.id,
      quantity: 500,
    });
    expect(rx.status).toBe('ACTIVE');

    const res = await callRoute(dispense, {
      method: 'POST',
      url: `${t.origin}/api/prescriptions/${rx.id}/dispense`,
      cookie: vet.cookie,
      body: {},
      params: { id: rx.id },
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'INSUFFICIENT_STOCK',
      message: 'Not enough stock: 41 tablets on hand, 500 needed.',
      details: { quantityOnHand: 41, requested: 500, unit: 'tablet' },
    });
  });
});
