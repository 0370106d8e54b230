import { isOwnerHost, requestHost } from '@/server/tenancy/routing/hosts';
import { lastKnownPlatformSettings } from '@/server/tenancy/owner-gateway/platform-settings';
import { unavailablePage } from '@/server/tenant/pages/unavailable-page';

export const dynamic = 'force-dynamic';

// GET /outage — public, any host: the friendly 503 page shown when a page cannot reach its database.
// It reads no database itself, so it can always be served, and reloads the app by itself (Retry-After); the
// support e-mail comes from the last known settings (this process's cache, else the copy in DATA_DIR).
export function GET(req: Request): Response {
  const home = isOwnerHost(requestHost(req.headers)) ? '/owner' : '/';
  const supportEmail = lastKnownPlatformSettings()?.supportEmail ?? null;
  return unavailablePage('outage', null, { home, supportEmail });
}
