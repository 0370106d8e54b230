'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import { fieldError, formError } from '../api-client';
import { useMutation } from '../use-mutation';
import { formText } from '../form-data';

const CATEGORIES = ['MEDICATION', 'VACCINE', 'SUPPLY', 'FOOD', 'OTHER'];
const SHOWN = [
  'practiceId',
  'sku',
  'name',
  'category',
  'unit',
  'reorderLevel',
  'openingQuantity',
  'lotNumber',
  'expiresOn',
  'costMinor',
  'priceMinor',
  'controlledSchedule',
];

/** "12.50" → 1250 (money is stored in minor units). */
function toMinor(text: string): number | undefined {
  text = text.trim();
  if (text === '') return undefined;
  return Math.round(Number(text) * 100);
}

/** Adds a stock item; opening stock becomes its first RECEIVE movement. */
export function NewItemDialog({ practices }: { practices: Array<{ id: string; name: string }> }) {
  const { notify } = useToast();
  const { run, pending, error, reset } = useMutation();
  const [open, setOpen] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const opening = formText(form, 'openingQuantity').trim();
    const expiresOn = formText(form, 'expiresOn');
    const schedule = formText(form, 'controlledSchedule');
    const result = await run('POST', '/api/inventory', {
      ...(practices.length > 1 ? { practiceId: formText(form, 'practiceId') } : {}),
      sku: formText(form, 'sku'),
      name: formText(form, 'name'),
      category: formText(form, 'category'),
      unit: formText(form, 'unit'),
      reorderLevel: Number(form.get('reorderLevel') || 0),
      ...(opening ? { openingQuantity: Number(opening) } : {}),
      lotNumber: formText(form, 'lotNumber'),
      ...(expiresOn ? { expiresOn } : {}),
      costMinor: toMinor(formText(form, 'cost')),
      priceMinor: toMinor(formText(form, 'price')),
      controlledSchedule: schedule === '' ? null : schedule,
    });
    if (result.ok) {
      notify('Item added.');
      setOpen(false);
    }
  }

  return (
    <>
      <Button
        onClick={() => {
          reset();
          setOpen(true);
        }}
      >
        New item
      </Button>
      <Dialog open={open} onClose={() => !pending && setOpen(false)} title="New stock item">
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {formError(error, SHOWN) ? <Alert tone="danger">{formError(error, SHOWN)}</Alert> : null}
          {practices.length > 1 ? (
            <SelectField label="Practice" name="practiceId" error={fieldError(error, 'practiceId')}>
              {practices.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          <div className="grid grid-cols-2 gap-3">
            <TextField label="SKU" name="sku" required error={fieldError(error, 'sku')} />
            <SelectField label="Category" name="category" error={fieldError(error, 'category')}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {c.charAt(0) + c.slice(1).toLowerCase()}
                </option>
              ))}
            </SelectField>
          </div>
          <TextField
            label="Name"
            name="name"
            required
            placeholder="e.g. Carprofen 50 mg tablets"
            error={fieldError(error, 'name')}
          />
          <div className="grid grid-cols-3 gap-3">
            <TextField
              label="Unit"
              name="unit"
              required
              placeholder="tablet"
              error={fieldError(error, 'unit')}
            />
            <TextField
              label="Opening stock"
              name="openingQuantity"
              type="number"
              min={0}
              step="any"
              error={fieldError(error, 'openingQuantity')}
            />
            <TextField
              label="Reorder at"
              name="reorderLevel"
              type="number"
              min={0}
              step="any"
              defaultValue={0}
              error={fieldError(error, 'reorderLevel')}
            />
          </div>
          <div className="grid grid-cols-2 gap-3">
            <TextField label="Lot number" name="lotNumber" error={fieldError(error, 'lotNumber')} />
            <TextField
              label="Expiry date"
              name="expiresOn"
              type="date"
              error={fieldError(error, 'expiresOn')}
            />
            <TextField
              label="Cost per unit"
              name="cost"
              type="number"
              min={0}
              step="0.01"
              error={fieldError(error, 'costMinor')}
            />
            <TextField
              label="Price per unit"
              name="price"
              type="number"
              min={0}
              step="0.01"
              error={fieldError(error, 'priceMinor')}
            />
          </div>
          <SelectField
            label="Controlled substance"
            name="controlledSchedule"
            defaultValue=""
            error={fieldError(error, 'controlledSchedule')}
          >
            <option value="">Not controlled</option>
            {['II', 'III', 'IV', 'V'].map((s) => (
              <option key={s} value={s}>
                Schedule {s}
              </option>
            ))}
          </SelectField>
          <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" pending={pending} pendingLabel="Saving…">
              Add item
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
