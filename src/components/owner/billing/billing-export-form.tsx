/** A plain GET form: the browser downloads the CSV the export route answers with. */
export function BillingExportForm() {
  const today = new Date().toISOString().slice(0, 10);
  const monthStart = `${today.slice(0, 8)}01`;
  return (
    <form method="get" action="/api/owner/billing/export" className="flex flex-wrap items-end gap-3">
      <label className="space-y-1 text-sm">
        <span className="block font-medium text-slate-700">What</span>
        <select name="kind" className="rounded-md border border-slate-300 px-3 py-2" defaultValue="invoices">
          <option value="invoices">Invoices</option>
          <option value="payments">Payments</option>
        </select>
      </label>
      <label className="space-y-1 text-sm">
        <span className="block font-medium text-slate-700">From</span>
        <input
          type="date"
          name="from"
          required
          defaultValue={monthStart}
          className="rounded-md border border-slate-300 px-3 py-2"
        />
      </label>
      <label className="space-y-1 text-sm">
        <span className="block font-medium text-slate-700">To</span>
        <input
          type="date"
          name="to"
          required
          defaultValue={today}
          className="rounded-md border border-slate-300 px-3 py-2"
        />
      </label>
      <button
        type="submit"
        className="rounded-md bg-slate-800 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-900"
      >
        Download CSV
      </button>
    </form>
  );
}
