import { NoAccess } from '@/components/tenant/no-access';

// A page the user's role may not use (requirePagePermission → forbidden()): HTTP 403, inside the shell.
export default function TenantForbidden() {
  return <NoAccess />;
}
