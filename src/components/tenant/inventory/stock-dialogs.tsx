'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import { fieldError, formError } from '../api-client';
import { formatQuantity } from '../format';
import { useMutation } from '../use-mutation';
import { formText } from '../form-data';

type Item = { id: string; name: string; unit: string; quantityOnHand: number };

function useStockDialog() {
  const [open, setOpen] = useState(false);
  const mutation = useMutation();
  return { open, setOpen, ...mutation };
}

/** Books a delivery: stock goes up and the ledger records the lot and expiry. */
export function ReceiveStockButton({ item }: { item: Item }) {
  const { notify } = useToast();
  const { open, setOpen, run, pending, error, reset } = useStockDialog();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const expiresOn = formText(form, 'expiresOn');
    const result = await run<{ item: { quantityOnHand: number } }>(
      'POST',
      `/api/inventory/${item.id}/receive`,
      {
        quantity: Number(form.get('quantity')),
        lotNumber: formText(form, 'lotNumber'),
        ...(expiresOn ? { expiresOn } : {}),
        reason: formText(form, 'reason'),
      },
    );
    if (result.ok) {
      notify(`Received ${item.name}.`);
      setOpen(false);
    }
  }

  return (
    <>
      <Button
        size="sm"
        variant="secondary"
        onClick={() => {
          reset();
          setOpen(true);
        }}
      >
        Receive
      </Button>
      <Dialog
        open={open}
        onClose={() => !pending && setOpen(false)}
        title={`Receive ${item.name}`}
        description={`On hand now: ${formatQuantity(item.quantityOnHand, item.unit)}.`}
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {formError(error, ['quantity', 'lotNumber', 'expiresOn', 'reason']) ? (
            <Alert tone="danger">{formError(error, ['quantity', 'lotNumber', 'expiresOn', 'reason'])}</Alert>
          ) : null}
          <TextField
            label={`Quantity received (${item.unit})`}
            name="quantity"
            type="number"
            min={0.001}
            step="any"
            required
            autoFocus
            error={fieldError(error, 'quantity')}
          />
          <div className="grid grid-cols-2 gap-3">
            <TextField
              label="Lot number"
              name="lotNumber"
              maxLength={80}
              error={fieldError(error, 'lotNumber')}
            />
            <TextField
              label="Expiry date"
              name="expiresOn"
              type="date"
              error={fieldError(error, 'expiresOn')}
            />
          </div>
          <TextField
            label="Note"
            name="reason"
            placeholder="e.g. Supplier invoice 4411"
            maxLength={500}
            error={fieldError(error, 'reason')}
          />
          <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" pending={pending} pendingLabel="Saving…">
              Receive stock
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}

/** Corrects the stock (count, breakage, expiry write-off) with a required reason. */
export function AdjustStockButton({ item }: { item: Item }) {
  const { notify } = useToast();
  const { open, setOpen, run, pending, error, reset } = useStockDialog();
  const [direction, setDirection] = useState<'remove' | 'add'>('remove');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const amount = Number(form.get('amount'));
    const result = await run('POST', `/api/inventory/${item.id}/adjust`, {
      quantityDelta: direction === 'remove' ? -amount : amount,
      reason: formText(form, 'reason'),
    });
    if (result.ok) {
      notify(`Adjusted ${item.name}.`);
      setOpen(false);
    }
  }

  const insufficient = error?.code === 'INSUFFICIENT_STOCK';
  return (
    <>
      <Button
        size="sm"
        variant="ghost"
        onClick={() => {
          reset();
          setOpen(true);
        }}
      >
        Adjust
      </Button>
      <Dialog
        open={open}
        onClose={() => !pending && setOpen(false)}
        title={`Adjust ${item.name}`}
        description={`On hand now: ${formatQuantity(item.quantityOnHand, item.unit)}.`}
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {insufficient ? <Alert tone="danger">There is not that much on hand to remove.</Alert> : null}
          {!insufficient && formError(error, ['quantityDelta', 'reason']) ? (
            <Alert tone="danger">{formError(error, ['quantityDelta', 'reason'])}</Alert>
          ) : null}
          <fieldset className="flex gap-4 text-sm">
            <legend className="mb-2 text-sm font-medium text-slate-800">Change</legend>
            {(['remove', 'add'] as const).map((d) => (
              <label key={d} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="direction"
                  checked={direction === d}
                  onChange={() => setDirection(d)}
                  className="accent-brand-600"
                />
                {d === 'remove' ? 'Remove stock' : 'Add stock'}
              </label>
            ))}
          </fieldset>
          <TextField
            label={`Amount (${item.unit})`}
            name="amount"
            type="number"
            min={0.001}
            step="any"
            required
            error={fieldError(error, 'quantityDelta')}
          />
          <TextField
            label="Reason"
            name="reason"
            placeholder="e.g. Broken vial, stock count"
            required
            maxLength={500}
            error={fieldError(error, 'reason')}
          />
          <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" pending={pending} pendingLabel="Saving…">
              Record adjustment
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
