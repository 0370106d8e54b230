import { env } from '@/env';

/** Lower-cases a Host header value and drops the port and any trailing dot. Returns '' for garbage. */
function normaliseHost(raw: string | null | undefined): string {
  if (!raw) return '';
  let host = raw.trim().toLowerCase();
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    host = end > 0 ? host.slice(0, end + 1) : '';
  } else {
    host = host.replace(/:\d*$/, '');
  }
  host = host.replace(/\.$/, '');
  return /^[a-z0-9.\-[\]:]+$/.test(host) ? host : '';
}

const LOOPBACK = new Set(['127.0.0.1', '[::1]']);

function apexHosts(): Set<string> {
  const base = env().BASE_DOMAIN;
  const hosts = new Set([base, `www.${base}`]);
  // http://127.0.0.1:3000 is the same machine as http://localhost:3000 in the default set-up.
  if (base === 'localhost') for (const h of LOOPBACK) hosts.add(h);
  return hosts;
}

export function isApexHost(host: string): boolean {
  return apexHosts().has(host);
}

/** The owner console lives on OWNER_HOST when set, else on the apex. */
export function isOwnerHost(host: string): boolean {
  const ownerHost = env().OWNER_HOST;
  if (ownerHost) return host === normaliseHost(ownerHost);
  return isApexHost(host);
}

export type HostTarget =
  | { kind: 'default' }
  | { kind: 'slug'; slug: string }
  | { kind: 'domain'; domain: string }
  | { kind: 'none' };

/** What a host names, before any database lookup. */
export function classifyHost(host: string): HostTarget {
  if (!host) return { kind: 'none' };
  if (isApexHost(host)) return { kind: 'default' };
  const suffix = `.${env().BASE_DOMAIN}`;
  if (host.endsWith(suffix)) {
    const label = host.slice(0, -suffix.length);
    if (/^[a-z][a-z0-9-]{1,39}$/.test(label)) return { kind: 'slug', slug: label };
  }
  return { kind: 'domain', domain: host };
}

/**
 * The host a request was made to. Client headers never choose the tenant: X-Forwarded-Host is read only when
 * TRUST_PROXY is set (a proxy we run overwrote it), and then only its first value.
 */
/** The Host the request named, port included (for links back to it); chosen by the same rule as requestHost. */
export function rawRequestHost(headers: Headers): string | null {
  if (env().TRUST_PROXY) {
    const forwarded = headers.get('x-forwarded-host')?.split(',')[0];
    if (forwarded) return forwarded;
  }
  return headers.get('host');
}

export function requestHost(headers: Headers): string {
  if (env().TRUST_PROXY) {
    const forwarded = headers.get('x-forwarded-host')?.split(',')[0];
    if (forwarded) return normaliseHost(forwarded);
  }
  return normaliseHost(headers.get('host'));
}
