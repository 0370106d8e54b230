import { redirect } from 'next/navigation';
import { getPageSession } from '@/server/tenant/pages/page-context';

export const dynamic = 'force-dynamic';

// The clinic's front door: the dashboard when signed in, the sign-in page otherwise.
export default async function TenantRoot() {
  redirect((await getPageSession()) ? '/dashboard' : '/login');
}
