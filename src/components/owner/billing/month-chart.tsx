import { formatMoney } from '@/lib/format/money';

type Month = { month: string; invoicedMinor: number; paidMinor: number };

/** Invoiced and paid per month as paired bars (plain SVG-free divs: readable on a phone, no chart library). */
export function InvoicedPaidChart({ months, currency }: { months: Month[]; currency: string }) {
  const max = Math.max(1, ...months.flatMap((m) => [m.invoicedMinor, m.paidMinor]));
  return (
    <figure>
      <div
        className="flex h-48 items-end gap-1 overflow-x-auto sm:gap-2"
        role="img"
        aria-label="Invoiced and paid by month"
      >
        {months.map((m) => (
          <div key={m.month} className="flex min-w-8 flex-1 flex-col items-center gap-1">
            <div className="flex h-40 w-full items-end justify-center gap-0.5">
              <div
                className="w-1/2 rounded-t bg-brand-500"
                style={{ height: `${(m.invoicedMinor / max) * 100}%` }}
                title={`${m.month} invoiced ${formatMoney(m.invoicedMinor, currency)}`}
              />
              <div
                className="w-1/2 rounded-t bg-emerald-500"
                style={{ height: `${(m.paidMinor / max) * 100}%` }}
                title={`${m.month} paid ${formatMoney(m.paidMinor, currency)}`}
              />
            </div>
            <span className="text-[10px] text-slate-500">{m.month.slice(2)}</span>
          </div>
        ))}
      </div>
      <figcaption className="mt-2 flex gap-4 text-xs text-slate-600">
        <span className="flex items-center gap-1">
          <span className="size-3 rounded bg-brand-500" aria-hidden="true" /> Invoiced
        </span>
        <span className="flex items-center gap-1">
          <span className="size-3 rounded bg-emerald-500" aria-hidden="true" /> Paid
        </span>
      </figcaption>
      <table className="sr-only">
        <caption>Invoiced and paid by month</caption>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{m.month}</th>
              <td>{formatMoney(m.invoicedMinor, currency)}</td>
              <td>{formatMoney(m.paidMinor, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
