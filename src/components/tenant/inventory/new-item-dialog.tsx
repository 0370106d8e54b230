'use client';

import { COMMON_INVENTORY_CATEGORIES } from '@/lib/domain/tenant/inventory';
import { DateField, SelectField, TextField } from '@/components/ui/fields';
import { FormDialog, type FormDialogHelpers } from '@/components/ui/form-dialog';
import { formText } from '@/components/ui/form-data';
import { PracticeField } from '../practice-field';
import { useMutation } from '@/components/ui/use-mutation';

/** "12.50" → 1250 (money is stored in minor units). */
function toMinor(text: string): number | undefined {
  text = text.trim();
  if (text === '') return undefined;
  return Math.round(Number(text) * 100);
}

/** Adds a stock item; opening stock becomes its first RECEIVE movement. */
export function NewItemDialog({ practices }: { practices: Array<{ id: string; name: string }> }) {
  const mutation = useMutation();

  async function onSubmit(form: FormData, { close }: FormDialogHelpers) {
    const opening = formText(form, 'openingQuantity').trim();
    const expiresOn = formText(form, 'expiresOn');
    const schedule = formText(form, 'controlledSchedule');
    const result = await mutation.run(
      'POST',
      '/api/inventory',
      {
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
      },
      { success: 'Item added.' },
    );
    if (result.ok) close();
  }

  return (
    <FormDialog
      triggerLabel="New item"
      title="New stock item"
      submitLabel="Add item"
      status={mutation}
      onSubmit={onSubmit}
    >
      <PracticeField practices={practices} />
      <div className="grid grid-cols-2 gap-3">
        <TextField label="SKU" name="sku" maxLength={64} required />
        <SelectField label="Category" name="category">
          {COMMON_INVENTORY_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c.charAt(0) + c.slice(1).toLowerCase()}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label="Name"
        name="name"
        maxLength={200}
        required
        placeholder="e.g. Carprofen 50 mg tablets"
      />
      <div className="grid grid-cols-3 gap-3">
        <TextField label="Unit" name="unit" maxLength={30} required placeholder="tablet" />
        <TextField label="Opening stock" name="openingQuantity" type="number" min={0} step="any" />
        <TextField label="Reorder at" name="reorderLevel" type="number" min={0} step="any" defaultValue={0} />
      </div>
      <div className="grid grid-cols-2 gap-3">
        <TextField label="Lot number" name="lotNumber" maxLength={80} />
        <DateField label="Expiry date" name="expiresOn" />
        <TextField label="Cost per unit" name="cost" errorKey="costMinor" type="number" min={0} step="0.01" />
        <TextField
          label="Price per unit"
          name="price"
          errorKey="priceMinor"
          type="number"
          min={0}
          step="0.01"
        />
      </div>
      <SelectField label="Controlled substance" name="controlledSchedule" defaultValue="">
        <option value="">Not controlled</option>
        {['II', 'III', 'IV', 'V'].map((s) => (
          <option key={s} value={s}>
            Schedule {s}
          </option>
        ))}
      </SelectField>
    </FormDialog>
  );
}
