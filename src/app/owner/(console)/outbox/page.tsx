import type { Metadata } from 'next';
import { firstParam, type SearchParams } from '@/components/owner/search-params';
import { StatusBadge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/states';
import { formatDateTime } from '@/lib/format/dates';
import { loadOutboxPage } from '@/server/owner/pages/monitoring-pages';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Outbox' };

/**
 * Every mail the platform sent or would have sent. Without SMTP_URL nothing leaves the machine, so this is where
 * a local user finds a reset link. Bodies are shown as text (the HTML is rendered in a sandboxed frame).
 */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { query, mails, mailConfigured } = await loadOutboxPage({
    recipient: firstParam(params, 'recipient'),
  });
  return (
    <>
      <PageHeader
        title="Outbox"
        description={
          mailConfigured
            ? 'Every mail sent through SMTP, with its status. One-time links are not kept after delivery.'
            : 'No SMTP server is configured (SMTP_URL), so mails wait here instead of being sent. Open one to follow its links.'
        }
      />
      <Card>
        <form
          method="get"
          className="flex flex-wrap items-end gap-3 border-b border-slate-200 px-4 py-3"
          role="search"
          aria-label="Filter the outbox"
        >
          <label className="space-y-1 text-sm">
            <span className="block font-medium text-slate-700">Recipient</span>
            <input
              name="recipient"
              type="email"
              maxLength={L.outboxRecipient.max}
              defaultValue={query.recipient}
              className="rounded-md border border-slate-300 px-3 py-2"
            />
          </label>
          <button
            type="submit"
            className="rounded-md bg-slate-800 px-4 py-2 text-sm font-semibold text-white"
          >
            Filter
          </button>
        </form>
        {mails.length === 0 ? (
          <EmptyState
            title="No mail yet"
            description="Password resets, invitations and invoices appear here."
          />
        ) : (
          <ul className="divide-y divide-slate-100">
            {mails.map((mail) => (
              <li key={mail.id}>
                <details className="group px-4 py-3">
                  <summary className="flex cursor-pointer flex-wrap items-center gap-x-4 gap-y-1 text-sm">
                    <StatusBadge status={mail.status.toUpperCase()} />
                    <span className="font-medium text-slate-900">{mail.subject}</span>
                    <span className="text-slate-600">to {mail.recipient}</span>
                    {mail.tenantSlug ? (
                      <span className="font-mono text-xs text-slate-500">{mail.tenantSlug}</span>
                    ) : null}
                    <span className="ml-auto text-xs text-slate-500">{formatDateTime(mail.createdAt)}</span>
                  </summary>
                  <div className="mt-3 space-y-3">
                    <p className="text-xs text-slate-500">
                      Template <span className="font-mono">{mail.template}</span> · {mail.attempts} attempt(s)
                      {mail.error ? ` · last error: ${mail.error}` : ''}
                    </p>
                    <iframe
                      title={`Mail: ${mail.subject}`}
                      sandbox="allow-popups allow-popups-to-escape-sandbox"
                      srcDoc={mail.html.replace('<head>', '<head><base target="_blank">')}
                      className="h-96 w-full rounded border border-slate-200 bg-white"
                    />
                    <pre className="overflow-x-auto rounded bg-slate-50 p-3 text-xs whitespace-pre-wrap text-slate-700">
                      {mail.text}
                    </pre>
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
