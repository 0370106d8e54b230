import { PendingBlock } from '@/components/ui/spinner';

/**
 * The loading.tsx of the clinic pages that cannot answer 403 or 404 (dashboard, calendar, lists): shown inside the
 * shell while the page's data loads. Pages that check access or an id have none, because once this fallback is
 * sent the response is committed to HTTP 200 (Next.js streams from the first Suspense boundary).
 */
export function PageLoading() {
  return <PendingBlock label="Loading…" />;
}
