'use client';

import { useState, type FormEvent } from 'react';
import { formText } from '@/components/ui/form-data';
import { useMutation } from '@/components/ui/use-mutation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { CheckboxField, SelectField, TextField } from '@/components/ui/fields';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';

/** Record a payment, void, resend: the operator's actions on an open invoice. */
export function InvoiceActions({
  invoiceId,
  balanceMinor,
  currency,
  canResend,
}: {
  invoiceId: string;
  balanceMinor: number;
  currency: string;
  canResend: boolean;
}) {
  const pay = useMutation();
  const other = useMutation();
  const [confirmVoid, setConfirmVoid] = useState(false);

  async function onPay(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const amount = Math.round(Number(formText(form, 'amount').replace(',', '.')) * 100);
    const reference = formText(form, 'reference').trim();
    const paidAt = formText(form, 'paidAt');
    await pay.run(
      'POST',
      `/api/owner/invoices/${invoiceId}/payments`,
      {
        amountMinor: Number.isFinite(amount) ? amount : 0,
        method: form.get('method'),
        ...(reference ? { reference } : {}),
        ...(paidAt ? { paidAt: new Date(`${paidAt}T12:00:00Z`).toISOString() } : {}),
        asCredit: form.get('asCredit') === 'on',
      },
      { success: 'Payment recorded.' },
    );
  }

  const failure = pay.error ? (Object.values(pay.error.fields)[0] ?? pay.error.message) : null;
  return (
    <>
      <Card>
        <CardHeader
          title="Record a payment"
          description={`Balance: ${(balanceMinor / 100).toFixed(2)} ${currency}`}
        />
        <CardBody>
          <form onSubmit={onPay} className="space-y-4" noValidate>
            {failure ? <Alert tone="danger">{failure}</Alert> : null}
            <TextField
              label={`Amount (${currency})`}
              name="amount"
              inputMode="decimal"
              required
              defaultValue={(balanceMinor / 100).toFixed(2)}
            />
            <SelectField label="Method" name="method" defaultValue="bank_transfer">
              <option value="bank_transfer">Bank transfer</option>
              <option value="card">Card</option>
              <option value="cash">Cash</option>
              <option value="check">Check</option>
              <option value="other">Other</option>
            </SelectField>
            <TextField
              label="Reference"
              name="reference"
              maxLength={L.paymentReference.max}
              hint="Bank reference, cheque number…"
            />
            <TextField label="Date" name="paidAt" type="date" />
            <CheckboxField name="asCredit" label="Accept more than the balance as credit" />
            <Button type="submit" className="w-full" pending={pay.pending} pendingLabel="Recording…">
              Record payment
            </Button>
          </form>
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Other actions" />
        <CardBody className="space-y-3">
          {other.error ? <Alert tone="danger">{other.error.message}</Alert> : null}
          {canResend ? (
            <Button
              variant="secondary"
              className="w-full"
              pending={other.pending}
              onClick={() =>
                other.run(
                  'POST',
                  `/api/owner/invoices/${invoiceId}/resend`,
                  {},
                  { success: 'Invoice sent again.' },
                )
              }
            >
              Resend to billing e-mail
            </Button>
          ) : null}
          {confirmVoid ? (
            <div className="space-y-2">
              <p className="text-sm text-slate-700">
                Void this invoice? Its number stays used; this cannot be undone.
              </p>
              <div className="flex gap-2">
                <Button
                  variant="danger"
                  pending={other.pending}
                  onClick={() =>
                    other.run(
                      'POST',
                      `/api/owner/invoices/${invoiceId}/void`,
                      {},
                      { success: 'Invoice voided.' },
                    )
                  }
                >
                  Void invoice
                </Button>
                <Button variant="secondary" onClick={() => setConfirmVoid(false)}>
                  Keep it
                </Button>
              </div>
            </div>
          ) : (
            <Button variant="secondary" className="w-full" onClick={() => setConfirmVoid(true)}>
              Void…
            </Button>
          )}
        </CardBody>
      </Card>
    </>
  );
}
