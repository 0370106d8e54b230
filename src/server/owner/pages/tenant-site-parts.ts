import 'server-only';
import { tenantSiteUrl } from '@/server/owner/tenants/tenant-site-url';

/**
 * Scheme, base domain and port of tenant slug hosts, for previewing "http://<slug>.<domain>:<port>/" in the browser
 * while an operator types a slug. Derived from tenantSiteUrl so the preview and the real link cannot disagree.
 */
export function tenantSiteParts(): { protocol: string; baseDomain: string; port: string } {
  const sample = new URL(tenantSiteUrl({ slug: 'sample', isDefault: false }));
  return {
    protocol: sample.protocol,
    baseDomain: sample.hostname.slice('sample.'.length),
    port: sample.port,
  };
}
