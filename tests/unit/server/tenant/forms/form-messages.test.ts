import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createAppointmentBody } from '@/server/tenant/appointments/appointments.schema';
import { changePasswordBody } from '@/server/tenant/auth/change-password.schema';
import { createClientBody } from '@/server/tenant/clients/clients.schema';
import {
  adjustStockBody,
  createInventoryItemBody,
  receiveStockBody,
} from '@/server/tenant/inventory/inventory.schema';
import { createPatientBody, recordWeightBody } from '@/server/tenant/patients/patients.schema';
import { createPracticeBody } from '@/server/tenant/practices/practices.schema';
import { createPrescriptionBody } from '@/server/tenant/prescriptions/prescriptions.schema';
import { amendRecordBody } from '@/server/tenant/records/records.schema';
import { createUserBody } from '@/server/tenant/users/users.schema';

const ID = '7d5a4c2e-8f3b-4a1d-9c6e-2b1f0e3d4c5a';
const long = (n: number) => 'x'.repeat(n + 1);

/**
 * What each clinic form could send when a person gets it wrong (blank required text, too long, not a date, out of
 * range). The forms show these messages under their fields, so each must read as advice to a person.
 */
const MISTAKES: Array<[form: string, schema: z.ZodType, body: Record<string, unknown>]> = [
  [
    'client',
    createClientBody,
    { practiceId: ID, name: '  ', email: 'nope', phone: 'call me', address: long(500), notes: long(4000) },
  ],
  [
    'patient',
    createPatientBody,
    { clientId: ID, name: '', species: ' ', breed: long(120), microchip: '12', dateOfBirth: '2999-01-01' },
  ],
  [
    'stock item',
    createInventoryItemBody,
    {
      sku: 'bad sku!',
      name: ' ',
      category: 'MEDICATION',
      unit: '',
      openingQuantity: 0.0001,
      reorderLevel: -1,
    },
  ],
  ['receive', receiveStockBody, { quantity: 0, lotNumber: long(80), reason: long(500) }],
  ['adjust', adjustStockBody, { quantityDelta: 0, reason: '' }],
  [
    'prescribe',
    createPrescriptionBody,
    {
      patientId: ID,
      inventoryItemId: ID,
      dose: ' ',
      route: long(100),
      frequency: '',
      quantity: 0,
      strength: long(100),
      instructions: long(2000),
      durationDays: 0,
    },
  ],
  ['practice', createPracticeBody, { name: '', timezone: 'Mars/Olympus', phone: 'x', email: 'x' }],
  ['staff member', createUserBody, { email: 'x', name: ' ', role: 'ADMIN', password: 'short' }],
  ['weight', recordWeightBody, { weightKg: 0, note: long(500), measuredAt: '2999-01-01T00:00:00Z' }],
  [
    'booking',
    createAppointmentBody,
    {
      practiceId: ID,
      patientId: ID,
      veterinarianId: ID,
      startsAt: '2030-06-03T10:00:00Z',
      reason: long(500),
      durationMinutes: 30,
    },
  ],
  [
    'booking (too short)',
    createAppointmentBody,
    {
      practiceId: ID,
      patientId: ID,
      veterinarianId: ID,
      startsAt: '2030-06-03T10:00:00Z',
      endsAt: '2030-06-03T10:01:00Z',
    },
  ],
  ['change password', changePasswordBody, { currentPassword: '', newPassword: 'short' }],
  ['amendment', amendRecordBody, { reason: ' ', changes: { diagnoses: [{ description: ' ' }] } }],
];

// Zod's own wording, or an API field name (camelCase) that means nothing to the person at the form.
const NOT_FOR_PEOPLE = /expected|Too big|Too small|Invalid input|\b[a-z]+[A-Z][a-zA-Z]*\b/;

describe('messages a clinic form shows', () => {
  for (const [form, schema, body] of MISTAKES) {
    it(`the ${form} form's mistakes are explained in plain sentences`, () => {
      const result = schema.safeParse(body);
      expect(result.success).toBe(false);
      const messages = result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      expect(messages.length).toBeGreaterThan(0);
      for (const line of messages) {
        const message = line.slice(line.indexOf(': ') + 2);
        expect(message, line).toMatch(/^[A-Z0-9].*[.?!]$/);
        expect(message, line).not.toMatch(NOT_FOR_PEOPLE);
      }
    });
  }
});
