import { isOwnerHost, requestHost } from '@/server/tenancy/routing/hosts';
import { unavailablePage } from '@/server/tenant/pages/unavailable-page';

export const dynamic = 'force-dynamic';

// GET /outage — public, any host: the friendly 503 page shown when a page cannot reach its database.
// It reads no database itself, so it can always be served, and reloads the app by itself (Retry-After).
export function GET(req: Request): Response {
  const home = isOwnerHost(requestHost(req.headers)) ? '/owner' : '/';
  return unavailablePage('outage', null, { home });
}
