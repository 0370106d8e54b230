import type { InvoiceLineKind } from '@/lib/domain/owner/billing';

export type DraftLine = {
  kind: InvoiceLineKind;
  description: string;
  quantity: number;
  unitMinor: number;
  amountMinor: number;
};

export const lineOf = (
  kind: InvoiceLineKind,
  description: string,
  amountMinor: number,
  quantity = 1,
): DraftLine => ({
  kind,
  description,
  quantity,
  unitMinor: quantity === 0 ? 0 : Math.round(amountMinor / quantity),
  amountMinor,
});
