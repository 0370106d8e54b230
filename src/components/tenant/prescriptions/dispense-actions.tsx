'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import { formatQuantity } from '../format';
import { useMutation } from '../use-mutation';

export type DispensablePrescription = {
  id: string;
  drugName: string;
  status: 'ACTIVE' | 'COMPLETED' | 'CANCELLED';
  quantity: number;
  quantityDispensed: number;
  refills: number;
  refillsUsed: number;
};

/** What the next dispense hands out: the rest of the current fill, or a whole refill once that fill is done. */
function nextFill(rx: DispensablePrescription): { quantity: number; isRefill: boolean } | null {
  if (rx.status !== 'ACTIVE') return null;
  const inFill = Math.round((rx.quantity * (1 + rx.refillsUsed) - rx.quantityDispensed) * 1000) / 1000;
  if (inFill > 0) return { quantity: inFill, isRefill: false };
  if (rx.refillsUsed < rx.refills) return { quantity: rx.quantity, isRefill: true };
  return null;
}

/**
 * Dispense (stock leaves the shelf in the same transaction) and cancel buttons of one prescription. The quantity
 * defaults to the rest of the current fill and may be lowered for a partial hand-out.
 */
export function DispenseActions({
  rx,
  canDispense,
  canCancel,
  unit,
}: {
  rx: DispensablePrescription;
  canDispense: boolean;
  canCancel: boolean;
  unit?: string;
}) {
  const { notify } = useToast();
  const { run, pending, error } = useMutation();
  const fill = nextFill(rx);
  const [quantity, setQuantity] = useState(fill ? String(fill.quantity) : '');
  const [editing, setEditing] = useState(false);

  async function dispense() {
    if (!fill) return;
    const amount = Number(quantity);
    const result = await run<{ quantityOnHand: number }>('POST', `/api/prescriptions/${rx.id}/dispense`, {
      quantity: Number.isFinite(amount) && amount > 0 ? amount : fill.quantity,
      isRefill: fill.isRefill,
    });
    if (result.ok) {
      setEditing(false);
      notify(`Dispensed ${rx.drugName}. ${formatQuantity(result.data.quantityOnHand, unit)} left in stock.`);
    }
  }

  if (rx.status !== 'ACTIVE') return null;
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap items-center justify-end gap-2">
        {canDispense && fill ? (
          editing ? (
            <>
              <div className="w-24">
                <Input
                  aria-label={`Quantity of ${rx.drugName} to dispense`}
                  type="number"
                  min={0.001}
                  step="any"
                  value={quantity}
                  onChange={(e) => setQuantity(e.target.value)}
                  className="h-8"
                />
              </div>
              <Button size="sm" onClick={dispense} pending={pending} pendingLabel="Dispensing…">
                Confirm
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setEditing(false)} disabled={pending}>
                Back
              </Button>
            </>
          ) : (
            <>
              <Button size="sm" onClick={dispense} pending={pending} pendingLabel="Dispensing…">
                {fill.isRefill
                  ? `Dispense refill ${rx.refillsUsed + 1} of ${rx.refills}`
                  : `Dispense ${formatQuantity(fill.quantity, unit)}`}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setEditing(true)} disabled={pending}>
                Partial…
              </Button>
            </>
          )
        ) : null}
        {canCancel ? (
          <ConfirmDialog
            triggerLabel="Cancel"
            triggerVariant="ghost"
            title={`Cancel the ${rx.drugName} prescription?`}
            description="Nothing more can be dispensed against it. What was already dispensed stays in the ledger."
            confirmLabel="Cancel prescription"
            pendingLabel="Cancelling…"
            tone="danger"
            onConfirm={async () => {
              const result = await run('POST', `/api/prescriptions/${rx.id}/cancel`);
              if (!result.ok) return result.message;
              notify('Prescription cancelled.');
            }}
          />
        ) : null}
      </div>
      {error ? (
        <Alert tone="danger" className="max-w-sm text-left">
          {error.message}
        </Alert>
      ) : null}
    </div>
  );
}
