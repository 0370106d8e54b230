import { env } from '@/env';

/**
 * The public address of a tenant's slug host, e.g. http://happy-paws.localhost:3000. Scheme and port come from
 * NEXTAUTH_URL (the public origin, which may sit behind a proxy) when set, else http and PORT.
 */
export function tenantSiteUrl(tenant: { slug: string; isDefault: boolean }): string {
  const e = env();
  const base = e.NEXTAUTH_URL ? new URL(e.NEXTAUTH_URL) : new URL(`http://${e.BASE_DOMAIN}:${e.PORT}`);
  const url = new URL(base.origin);
  url.hostname = tenant.isDefault ? e.BASE_DOMAIN : `${tenant.slug}.${e.BASE_DOMAIN}`;
  return url.origin;
}
