import type { ResolvedTenant } from '@/server/tenancy/routing/resolve-tenant';

/**
 * The self-contained HTML page shown when a clinic cannot be served (suspended, still being set up, unknown).
 * It is a plain string rather than a React page so it can carry the right HTTP status (403/503/404): a page
 * rendered by the App Router would answer 200.
 */

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const RETRY_AFTER_SECONDS = 5;

export type UnavailableKind =
  'suspended' | 'suspended-billing' | 'maintenance' | 'unavailable' | 'outage' | 'unknown';

const COPY: Record<UnavailableKind, { status: number; title: string; body: string }> = {
  suspended: {
    status: 403,
    title: 'This clinic is suspended',
    body: 'The SmartDMV account of this clinic is suspended, so its staff cannot sign in right now. No data has been deleted. If you work here, please contact your clinic administrator.',
  },
  'suspended-billing': {
    status: 403,
    title: 'This clinic is suspended for an unpaid invoice',
    body: 'The SmartDMV account of this clinic is suspended because an invoice is overdue. No data has been deleted, and the clinic comes back as soon as the invoice is paid. Please contact billing to settle it.',
  },
  unavailable: {
    status: 503,
    title: 'This clinic is not available yet',
    body: 'The clinic is still being set up. Please try again in a few minutes.',
  },
  maintenance: {
    status: 503,
    title: 'Down for maintenance',
    body: 'This clinic is undergoing scheduled maintenance and will be back shortly. Nothing you saved has been lost. Please try again in a few minutes.',
  },
  outage: {
    status: 503,
    title: 'We are temporarily unavailable',
    body: 'SmartDMV cannot reach its database right now. Nothing you saved is lost. This page tries again by itself every few seconds.',
  },
  unknown: {
    status: 404,
    title: 'No clinic at this address',
    body: 'There is no SmartDMV clinic at this address. Check the link you followed.',
  },
};

export function unavailablePage(
  kind: UnavailableKind,
  tenant: Pick<ResolvedTenant, 'name' | 'branding'> | null,
  /**
   * `message`: the operator's own words (maintenance), shown instead of the standard text; `supportEmail`: the
   * operator's support address (a setting); `home`: where the outage page comes back to.
   */
  options: { home?: string; message?: string | null; supportEmail?: string | null } = {},
): Response {
  const copy = { ...COPY[kind], ...(options.message ? { body: options.message } : {}) };
  // The outage page comes back to the app by itself: a same-site path only, never a URL from the request.
  const home = options.home === '/owner' ? '/owner' : '/';
  const refresh =
    kind === 'outage' ? `<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS};url=${home}">` : '';
  const retryLink =
    kind === 'outage'
      ? `<p><a href="${home}" style="color:#0f766e;font-weight:600">Try again now</a></p>`
      : '';
  const email = options.supportEmail ? escapeHtml(options.supportEmail) : null;
  const support = email
    ? `<p class="support">Questions? Write to SmartDMV support: <a href="mailto:${email}">${email}</a>.</p>`
    : '';
  const name = tenant ? escapeHtml(tenant.branding.displayName ?? tenant.name) : 'SmartDMV';
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">${refresh}<title>${escapeHtml(copy.title)} · ${name}</title>
<style>
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#f8fafc;color:#0f172a;
font-family:ui-sans-serif,system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:28rem;margin:1.5rem;padding:2rem;background:#fff;border-radius:.75rem;box-shadow:0 1px 3px rgba(15,23,42,.1);
border:1px solid #e2e8f0}
p.clinic{margin:0 0 .5rem;font-size:.875rem;font-weight:600;color:#64748b;text-transform:uppercase;letter-spacing:.05em}
h1{margin:0 0 .75rem;font-size:1.375rem}p{line-height:1.6;color:#334155}p.support{font-size:.875rem}a{color:#0f766e}
</style></head>
<body><main><p class="clinic">${name}</p><h1>${escapeHtml(copy.title)}</h1><p>${escapeHtml(copy.body)}</p>${retryLink}${support}</main></body></html>`;
  return new Response(html, {
    status: copy.status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...(copy.status === 503
        ? { 'retry-after': String(kind === 'maintenance' ? 60 : RETRY_AFTER_SECONDS) }
        : {}),
    },
  });
}
