'use client';

import { useState } from 'react';
import { DateField, TextField } from '@/components/ui/fields';
import { FormDialog, type FormDialogHelpers } from '@/components/ui/form-dialog';
import { formText } from '@/components/ui/form-data';
import { formatQuantity } from '../format';
import { useMutation } from '@/components/ui/use-mutation';

type Item = { id: string; name: string; unit: string; quantityOnHand: number };

/**
 * A row action's label: the verb is what shows, the item's name is read out too, so a table of rows does not
 * offer a screen reader twenty identical "Receive" buttons.
 */
function ItemAction({ verb, item }: { verb: string; item: Item }) {
  return (
    <>
      {verb}
      <span className="sr-only"> {item.name}</span>
    </>
  );
}

const onHand = (item: Item) => `On hand now: ${formatQuantity(item.quantityOnHand, item.unit)}.`;

/** Books a delivery: stock goes up and the ledger records the lot and expiry. */
export function ReceiveStockButton({ item }: { item: Item }) {
  const mutation = useMutation();

  async function onSubmit(form: FormData, { close }: FormDialogHelpers) {
    const expiresOn = formText(form, 'expiresOn');
    const result = await mutation.run(
      'POST',
      `/api/inventory/${item.id}/receive`,
      {
        quantity: Number(form.get('quantity')),
        lotNumber: formText(form, 'lotNumber'),
        ...(expiresOn ? { expiresOn } : {}),
        reason: formText(form, 'reason'),
      },
      { success: `Received ${item.name}.` },
    );
    if (result.ok) close();
  }

  return (
    <FormDialog
      triggerLabel={<ItemAction verb="Receive" item={item} />}
      triggerVariant="secondary"
      triggerSize="sm"
      title={`Receive ${item.name}`}
      description={onHand(item)}
      submitLabel="Receive stock"
      status={mutation}
      onSubmit={onSubmit}
    >
      <TextField
        label={`Quantity received (${item.unit})`}
        name="quantity"
        type="number"
        min={0.001}
        step="any"
        required
        autoFocus
      />
      <div className="grid grid-cols-2 gap-3">
        <TextField label="Lot number" name="lotNumber" maxLength={80} />
        <DateField label="Expiry date" name="expiresOn" />
      </div>
      <TextField label="Note" name="reason" placeholder="e.g. Supplier invoice 4411" maxLength={500} />
    </FormDialog>
  );
}

/** Corrects the stock (count, breakage, expiry write-off) with a required reason. */
export function AdjustStockButton({ item }: { item: Item }) {
  const mutation = useMutation();
  const [direction, setDirection] = useState<'remove' | 'add'>('remove');

  async function onSubmit(form: FormData, { close }: FormDialogHelpers) {
    const amount = Number(form.get('amount'));
    const result = await mutation.run(
      'POST',
      `/api/inventory/${item.id}/adjust`,
      {
        quantityDelta: direction === 'remove' ? -amount : amount,
        reason: formText(form, 'reason'),
      },
      { success: `Adjusted ${item.name}.` },
    );
    if (result.ok) close();
  }

  return (
    <FormDialog
      triggerLabel={<ItemAction verb="Adjust" item={item} />}
      triggerVariant="secondary"
      triggerSize="sm"
      title={`Adjust ${item.name}`}
      description={onHand(item)}
      submitLabel="Record adjustment"
      status={mutation}
      message={
        mutation.error?.code === 'INSUFFICIENT_STOCK' ? 'There is not that much on hand to remove.' : null
      }
      onSubmit={onSubmit}
    >
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
        errorKey="quantityDelta"
        type="number"
        min={0.001}
        step="any"
        required
      />
      <TextField
        label="Reason"
        name="reason"
        placeholder="e.g. Broken vial, stock count"
        required
        maxLength={500}
      />
    </FormDialog>
  );
}
