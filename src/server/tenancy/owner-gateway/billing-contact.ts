import { ownerDb } from '@/server/owner/db/client';
import { readSystemSettings } from '@/server/owner/settings/read-settings';

/** The suspended-for-non-payment page's text, with the operator's billing contact when one is set. */
export async function billingContactMessage(): Promise<string> {
  const settings = await readSystemSettings(ownerDb).catch(() => null);
  const contact = settings?.billingEmail ?? settings?.supportEmail;
  return `The SmartDMV account of this clinic is suspended because an invoice is overdue. No data has been deleted, and the clinic comes back as soon as the invoice is paid. Please contact billing${contact ? ` at ${contact}` : ''} to settle it.`;
}
