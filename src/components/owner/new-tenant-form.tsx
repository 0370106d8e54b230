'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Button, ButtonLink, buttonClasses } from '@/components/ui/button';
import { Card, CardBody, CardFooter } from '@/components/ui/card';
import { Fieldset } from '@/components/ui/field';
import { SelectField, TextField } from '@/components/ui/fields';
import { Form } from '@/components/ui/form';
import { formText } from '@/components/ui/form-data';
import { FormAlert } from '@/components/ui/form-errors';
import { Spinner } from '@/components/ui/spinner';
import { useMutation } from '@/components/ui/use-mutation';
import { TENANT_FIELD_LIMITS as L } from '@/lib/field-limits';
import { CreatedTenantPanel, type CreatedTenant as Created } from './created-tenant-panel';
import { useSlugFromName } from './suggest-slug';

type Plan = { code: string; name: string; price: string };

type Props = {
  plans: Plan[];
  defaultPlanCode: string;
  /** The slug host's parts, to preview the address while typing: scheme, base domain and port. */
  site: { protocol: string; baseDomain: string; port: string };
};

/** The request body of POST /api/owner/tenants from the form's fields (the domain only when one is given). */
function tenantBody(form: FormData) {
  const text = (key: string) => formText(form, key).trim();
  const domain = text('domain');
  return {
    name: text('name'),
    slug: text('slug'),
    planCode: text('planCode') || undefined,
    ...(domain ? { domains: [domain] } : {}),
    admin: { name: text('adminName'), email: text('adminEmail'), password: formText(form, 'adminPassword') },
  };
}

export function NewTenantForm({ plans, defaultPlanCode, site }: Props) {
  // Name and slug are controlled: the slug is suggested from the name until the operator types one.
  const [name, setName] = useState('');
  const { slug, nameChanged, slugChanged, reset: resetSlug } = useSlugFromName();
  const [created, setCreated] = useState<Created | null>(null);
  // The form is replaced by the result panel, so there is nothing on this page to refresh.
  const create = useMutation({ refresh: false });
  const retry = useMutation({ refresh: false });

  const address = `${site.protocol}//${slug || 'your-slug'}.${site.baseDomain}${site.port ? `:${site.port}` : ''}/`;
  // A failure after the tenant row exists (provisioning failed) names it, so the operator can retry from here.
  const failedTenantId = (create.error?.details as { tenantId?: string } | undefined)?.tenantId;
  const failure = retry.error ?? create.error;
  const hasFieldErrors = !retry.error && Object.keys(create.error?.fields ?? {}).length > 0;

  async function onSubmit(form: FormData) {
    retry.reset();
    const result = await create.run<Created>('POST', '/api/owner/tenants', tenantBody(form));
    if (result.ok) setCreated(result.data);
  }

  async function retryProvisioning(tenantId: string) {
    const result = await retry.run<Created>('POST', `/api/owner/tenants/${tenantId}/retry`);
    if (result.ok) {
      create.reset();
      setCreated(result.data);
    }
  }

  if (created) {
    return (
      <CreatedTenantPanel
        tenant={created}
        onAnother={() => {
          setCreated(null);
          create.reset();
          retry.reset();
          setName('');
          resetSlug();
        }}
      />
    );
  }

  return (
    <Form
      error={failure}
      message={hasFieldErrors ? 'Check the highlighted fields.' : null}
      onSubmit={onSubmit}
      aria-busy={create.pending}
    >
      <Card>
        <CardBody className="space-y-8 py-6">
          <FormAlert
            title="The tenant was not created"
            action={
              failedTenantId ? (
                <div className="flex gap-2">
                  <Button
                    size="sm"
                    variant="secondary"
                    pending={retry.pending}
                    pendingLabel="Retrying…"
                    onClick={() => void retryProvisioning(failedTenantId)}
                  >
                    Retry provisioning
                  </Button>
                  <Link href={`/owner/tenants/${failedTenantId}`} className={buttonClasses('ghost', 'sm')}>
                    Open tenant
                  </Link>
                </div>
              ) : undefined
            }
          />

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
                  nameChanged(event.target.value);
                }}
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
                onChange={(event) => slugChanged(event.target.value)}
                hint={`Address: ${address}`}
                className="font-mono"
              />
              <SelectField label="Plan" name="planCode" defaultValue={defaultPlanCode}>
                {plans.map((plan) => (
                  <option key={plan.code} value={plan.code}>
                    {plan.name} — {plan.price}
                  </option>
                ))}
              </SelectField>
              <TextField
                label="Custom domain (optional)"
                name="domain"
                errorKey="domains"
                maxLength={L.domain.max}
                placeholder="clinic.example.com"
                spellCheck={false}
                autoCapitalize="none"
                hint="The slug address always works; add a domain the clinic owns if it has one."
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
                name="adminName"
                errorKey="admin.name"
                required
                maxLength={L.adminName.max}
                autoComplete="off"
              />
              <TextField
                label="Email"
                name="adminEmail"
                errorKey="admin.email"
                type="email"
                required
                maxLength={L.email.max}
                autoComplete="off"
              />
              <TextField
                label="Initial password"
                name="adminPassword"
                errorKey="admin.password"
                type="password"
                required
                minLength={L.password.min}
                maxLength={L.password.max}
                autoComplete="new-password"
                hint="At least 10 characters. Share it securely; they can change it after signing in."
              />
            </div>
          </Fieldset>
        </CardBody>
        <CardFooter className="justify-between">
          <div aria-live="polite" className="text-sm text-slate-600">
            {create.pending ? (
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
            <Button type="submit" pending={create.pending} pendingLabel="Creating…">
              Create tenant
            </Button>
          </div>
        </CardFooter>
      </Card>
    </Form>
  );
}
