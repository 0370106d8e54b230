import { Alert } from '@/components/ui/alert';
import { StatusBadge } from '@/components/ui/badge';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card, CardBody, CardFooter } from '@/components/ui/card';

/** What POST /api/owner/tenants (and its retry) answers with. */
export type CreatedTenant = { id: string; name: string; slug: string; status: string; siteUrl: string };

/** Shown in place of the new-tenant form once the clinic is ACTIVE: where it lives, and what to do next. */
export function CreatedTenantPanel({ tenant, onAnother }: { tenant: CreatedTenant; onAnother: () => void }) {
  const site = `${tenant.siteUrl.replace(/\/$/, '')}/`;
  return (
    <Card>
      <CardBody className="space-y-4 py-6">
        <Alert tone="success" title={`${tenant.name} is ready`}>
          Its database, storage and first administrator were created.
        </Alert>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <div>
            <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">Status</dt>
            <dd className="mt-1">
              <StatusBadge status={tenant.status} />
            </dd>
          </div>
          <div>
            <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">Slug</dt>
            <dd className="mt-1 font-mono text-sm">{tenant.slug}</dd>
          </div>
          <div>
            <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">Clinic site</dt>
            <dd className="mt-1 text-sm">
              <a
                href={site}
                target="_blank"
                rel="noreferrer"
                className="font-medium text-brand-700 underline hover:text-brand-800"
              >
                {site}
              </a>
            </dd>
          </div>
        </dl>
      </CardBody>
      <CardFooter>
        <Button variant="ghost" onClick={onAnother}>
          Create another
        </Button>
        <ButtonLink href={`/owner/tenants/${tenant.id}`} variant="primary">
          Open tenant
        </ButtonLink>
      </CardFooter>
    </Card>
  );
}
