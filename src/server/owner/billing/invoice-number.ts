import { sql } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';

type Executor = Pick<OwnerDb, 'execute'>;

/**
 * The next invoice number of a year, e.g. INV-2026-000123. Must run inside the transaction that issues the
 * invoice: the counter row stays locked until it commits, so concurrent issues queue behind it, and a rollback
 * returns the number — no gaps, no duplicates.
 */
export async function nextInvoiceNumber(tx: Executor, year: number): Promise<string> {
  const { rows } = await tx.execute<{ last_number: number }>(sql`
    insert into invoice_counters (year, last_number) values (${year}, 1)
    on conflict (year) do update set last_number = invoice_counters.last_number + 1
    returning last_number`);
  return formatInvoiceNumber(year, Number(rows[0]!.last_number));
}

function formatInvoiceNumber(year: number, sequence: number): string {
  return `INV-${year}-${String(sequence).padStart(6, '0')}`;
}
