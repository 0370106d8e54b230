'use client';

import { formText } from '@/components/ui/form-data';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { apiRequest } from '@/components/ui/api-client';
import { StatusBadge } from '@/components/ui/badge';
import { Button, ButtonLink, buttonClasses } from '@/components/ui/button';
import { Card, CardBody, CardFooter } from '@/components/ui/card';
import { Fieldset } from '@/components/ui/field';
import { SelectField, TextField } from '@/components/ui/fields';
import { Spinner } from '@/components/ui/spinner';
import { TENANT_FIELD_LIMITS as L } from '@/lib/field-limits';
import { suggestSlug } from './suggest-slug';

type Plan = { code: string; name: string; price: string };
type Created = { id: string; name: string; slug: string; status: string; siteUrl: string };
type Failed = { message: string; tenantId?: string };

type Props = {
  plans: Plan[];
  defaultPlanCode: string;
  /** The slug host's parts, to preview the address while typing: scheme, base domain and port. */
  site: { protocol: string; baseDomain: string; port: string };
};

export function NewTenantForm({ plans, defaultPlanCode, site }: Props) {
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [pending, setPending] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState<Failed | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [retrying, setRetrying] = useState(false);

  const address = `${site.protocol}//${slug || 'your-slug'}.${site.baseDomain}${site.port ? `:${site.port}` : ''}/`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => formText(form, key).trim();
    const domain = text('domain');
    setPending(true);
    setFields({});
    setFailed(null);
    const result = await apiRequest<Created>('POST', '/api/owner/tenants', {
      name: text('name'),
      slug: text('slug'),
      planCode: text('planCode') || undefined,
      ...(domain ? { domains: [domain] } : {}),
      admin: {
        name: text('adminName'),
        email: text('adminEmail'),
        password: formText(form, 'adminPassword'),
      },
    });
    setPending(false);
    if (result.ok) {
      setCreated(result.data);
      return;
    }
    setFields(result.fields);
    const tenantId = (result.details as { tenantId?: string } | undefined)?.tenantId;
    const hasFieldErrors = Object.keys(result.fields).length > 0;
    setFailed({ message: hasFieldErrors ? 'Check the highlighted fields.' : result.message, tenantId });
  }

  async function retry(tenantId: string) {
    setRetrying(true);
    const result = await apiRequest<Created>('POST', `/api/owner/tenants/${tenantId}/retry`);
    setRetrying(false);
    if (result.ok) {
      setFailed(null);
      setCreated(result.data);
    } else setFailed({ message: result.message, tenantId });
  }

  if (created) {
    return (
      <CreatedPanel
        tenant={created}
        onAnother={() => {
          setCreated(null);
          setName('');
          setSlug('');
          setSlugEdited(false);
        }}
      />
    );
  }

  const fieldError = (...keys: string[]) => keys.map((key) => fields[key]).find(Boolean);

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={pending}>
      <Card>
        <CardBody className="space-y-8 py-6">
          {failed ? (
            <Alert
              tone="danger"
              title="The tenant was not created"
              action={
                failed.tenantId ? (
                  <div className="flex gap-2">
                    <Button
                      size="sm"
                      variant="secondary"
                      pending={retrying}
                      pendingLabel="Retrying…"
                      onClick={() => retry(failed.tenantId!)}
                    >
                      Retry provisioning
                    </Button>
                    <Link href={`/owner/tenants/${failed.tenantId}`} className={buttonClasses('ghost', 'sm')}>
                      Open tenant
                    </Link>
                  </div>
                ) : undefined
              }
            >
              {failed.message}
            </Alert>
          ) : null}

          <Fieldset legend="Clinic" description="The practice as its staff and clients will see it.">
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              <TextField
                label="Clinic name"
                name="name"
                required
                minLength={L.name.min}
                maxLength={L.name.max}
                autoComplete="organization"
                value={name}
                onChange={(event) => {
                  setName(event.target.value);
                  if (!slugEdited) setSlug(suggestSlug(event.target.value));
                }}
                error={fieldError('name')}
              />
              <TextField
                label="Slug"
                name="slug"
                required
                minLength={L.slug.min}
                maxLength={L.slug.max}
                pattern="[a-z][a-z0-9\-]*"
                value={slug}
                spellCheck={false}
                autoCapitalize="none"
                onChange={(event) => {
                  setSlugEdited(true);
                  setSlug(event.target.value.toLowerCase());
                }}
                hint={`Address: ${address}`}
                error={fieldError('slug')}
                className="font-mono"
              />
              <SelectField
                label="Plan"
                name="planCode"
                defaultValue={defaultPlanCode}
                error={fieldError('planCode')}
              >
                {plans.map((plan) => (
                  <option key={plan.code} value={plan.code}>
                    {plan.name} — {plan.price}
                  </option>
                ))}
              </SelectField>
              <TextField
                label="Custom domain (optional)"
                name="domain"
                maxLength={L.domain.max}
                placeholder="clinic.example.com"
                spellCheck={false}
                autoCapitalize="none"
                hint="The slug address always works; add a domain the clinic owns if it has one."
                error={fieldError('domains.0', 'domains')}
              />
            </div>
          </Fieldset>

          <Fieldset
            legend="First administrator"
            description="This person signs in first and invites the rest of the staff."
          >
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              <TextField
                label="Full name"
                id="adminName"
                name="adminName"
                required
                maxLength={L.adminName.max}
                autoComplete="off"
                error={fieldError('admin.name')}
              />
              <TextField
                label="Email"
                id="adminEmail"
                name="adminEmail"
                type="email"
                required
                maxLength={L.email.max}
                autoComplete="off"
                error={fieldError('admin.email')}
              />
              <TextField
                label="Initial password"
                id="adminPassword"
                name="adminPassword"
                type="password"
                required
                minLength={L.password.min}
                maxLength={L.password.max}
                autoComplete="new-password"
                hint="At least 10 characters. Share it securely; they can change it after signing in."
                error={fieldError('admin.password')}
              />
            </div>
          </Fieldset>
        </CardBody>
        <CardFooter className="justify-between">
          <div aria-live="polite" className="text-sm text-slate-600">
            {pending ? (
              <span className="inline-flex items-center gap-2">
                <Spinner /> Provisioning {name || 'the tenant'}: creating its database and first
                administrator…
              </span>
            ) : null}
          </div>
          <div className="flex gap-2">
            <ButtonLink href="/owner/tenants" variant="ghost">
              Cancel
            </ButtonLink>
            <Button type="submit" pending={pending} pendingLabel="Creating…">
              Create tenant
            </Button>
          </div>
        </CardFooter>
      </Card>
    </form>
  );
}

function CreatedPanel({ tenant, onAnother }: { tenant: Created; onAnother: () => void }) {
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
