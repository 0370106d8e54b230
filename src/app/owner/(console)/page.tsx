import { redirect } from 'next/navigation';

export const dynamic = 'force-dynamic';

/** The console opens on the tenants list, the operator's main job. */
export default function OwnerHome() {
  redirect('/owner/tenants');
}
