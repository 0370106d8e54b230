import { env } from '@/env';
import { validationError } from '@/server/shared/errors';
import { classifyHost, isOwnerHost } from '@/server/tenancy/routing/hosts';

/**
 * Refuses custom domains the resolver would never route to the tenant, or that would take an address from
 * someone else: the apex and owner hosts, any `<slug>.BASE_DOMAIN` (a slug host, today or once that slug is
 * created) or any other name under BASE_DOMAIN, and bare IP addresses.
 */
function domainProblem(domain: string): string | null {
  if (isOwnerHost(domain) || classifyHost(domain).kind === 'default')
    return "This is the platform's own address.";
  // Anything under BASE_DOMAIN is the platform's namespace (slug hosts, and names like x.localhost that
  // browsers resolve locally): custom domains live outside it.
  if (classifyHost(domain).kind === 'slug' || domain.endsWith(`.${env().BASE_DOMAIN}`)) {
    return `Addresses like name.${env().BASE_DOMAIN} are tenant slug hosts; use a domain outside ${env().BASE_DOMAIN}.`;
  }
  if (/^\d+(\.\d+){3}$/.test(domain)) return 'Use a host name, not an IP address.';
  return null;
}

/** Throws a 400 with per-field messages (`field` or `field.<index>`) for the first unusable domain(s). */
export function assertDomainsAllowed(domains: string[], field: string, indexed: boolean): void {
  const fields: Record<string, string[]> = {};
  domains.forEach((domain, i) => {
    const problem = domainProblem(domain);
    if (problem) fields[indexed ? `${field}.${i}` : field] = [problem];
  });
  if (Object.keys(fields).length > 0) throw validationError({ fields });
}
