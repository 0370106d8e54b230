import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { OwnerDb } from '@/server/owner/db/client';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import { getInvoice, type InvoiceDetail } from './get-invoice';
import { formatMoney } from './money';

/** The standard PDF fonts speak WinAnsi only; anything else becomes "?" rather than failing the render. */
const printable = (text: string) => text.replace(/[^\x20-\x7E\u00A0-\u00FF]/g, '?');

/** The invoice as a PDF (pdf-lib, standard fonts: no font files to ship). Optionally scoped to one clinic. */
export async function renderInvoicePdf(
  db: OwnerDb,
  invoiceId: string,
  options: { tenantId?: string } = {},
): Promise<{ filename: string; bytes: Uint8Array }> {
  const [invoice, settings] = await Promise.all([
    getInvoice(db, { invoiceId, tenantId: options.tenantId }),
    readSystemSettings(db),
  ]);
  const bytes = await drawInvoice(invoice, {
    name: settings.operatorName ?? 'SmartDMV',
    address: settings.operatorAddress,
    taxId: settings.operatorTaxId,
    email: settings.billingEmail ?? settings.supportEmail,
  });
  return { filename: `${invoice.number ?? 'draft-invoice'}.pdf`, bytes };
}

type Operator = { name: string; address: string | null; taxId: string | null; email: string | null };

async function drawInvoice(invoice: InvoiceDetail, operator: Operator): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Invoice ${invoice.number ?? ''}`);
  doc.setProducer('SmartDMV');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page = doc.addPage([595, 842]);
  let y = 790;
  const text = (
    value: string,
    x: number,
    options: { font?: PDFFont; size?: number; onPage?: PDFPage } = {},
  ) =>
    (options.onPage ?? page).drawText(printable(value), {
      x,
      y,
      size: options.size ?? 10,
      font: options.font ?? regular,
      color: rgb(0.1, 0.1, 0.15),
    });
  const right = (value: string, xRight: number, font: PDFFont = regular, size = 10) =>
    text(value, xRight - font.widthOfTextAtSize(printable(value), size), { font, size });
  const money = (minor: number) => formatMoney(minor, invoice.currency);

  text(`Invoice ${invoice.number ?? '(draft)'}`, 50, { font: bold, size: 20 });
  right(invoice.status.toUpperCase(), 545, bold, 12);
  y -= 30;
  const blockTop = y;
  text('From', 50, { font: bold });
  y -= 14;
  for (const line of [
    operator.name,
    ...(operator.address?.split('\n') ?? []),
    operator.taxId && `Tax id: ${operator.taxId}`,
    operator.email,
  ]) {
    if (!line) continue;
    text(line, 50);
    y -= 13;
  }
  const afterFrom = y;
  y = blockTop;
  const profile = invoice.billingProfile;
  text('Bill to', 320, { font: bold });
  y -= 14;
  for (const line of [
    profile.legalName ?? invoice.tenantName,
    ...(profile.address?.split('\n') ?? []),
    profile.taxId && `Tax id: ${profile.taxId}`,
    profile.billingEmail,
  ]) {
    if (!line) continue;
    text(line, 320);
    y -= 13;
  }
  y = Math.min(y, afterFrom) - 16;
  const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '-');
  text(
    `Issued: ${day(invoice.issuedAt)}    Due: ${day(invoice.dueAt)}    Period: ${day(invoice.periodStart)} to ${day(invoice.periodEnd)}`,
    50,
  );
  y -= 28;
  text('Description', 50, { font: bold });
  right('Qty', 390, bold);
  right('Unit', 460, bold);
  right('Amount', 545, bold);
  y -= 6;
  page.drawLine({ start: { x: 50, y }, end: { x: 545, y }, thickness: 0.5, color: rgb(0.6, 0.6, 0.6) });
  y -= 14;
  for (const line of invoice.lines) {
    if (y < 120) {
      page = doc.addPage([595, 842]);
      y = 790;
    }
    text(line.description.slice(0, 70), 50);
    right(String(line.quantity), 390);
    right(money(line.unitMinor), 460);
    right(money(line.amountMinor), 545);
    y -= 16;
  }
  y -= 4;
  page.drawLine({ start: { x: 300, y }, end: { x: 545, y }, thickness: 0.5, color: rgb(0.6, 0.6, 0.6) });
  y -= 16;
  const totalRow = (label: string, value: string, font: PDFFont = regular) => {
    text(label, 300, { font });
    right(value, 545, font);
    y -= 16;
  };
  totalRow('Subtotal', money(invoice.subtotalMinor));
  totalRow(`Tax (${invoice.taxRatePercent}%)`, money(invoice.taxMinor));
  totalRow('Total', money(invoice.totalMinor), bold);
  if (invoice.amountPaidMinor > 0) totalRow('Paid', money(invoice.amountPaidMinor));
  totalRow('Balance due', money(invoice.balanceMinor), bold);
  return doc.save();
}
