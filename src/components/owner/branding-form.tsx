'use client';

import { formText } from '@/components/ui/form-data';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardFooter, CardHeader } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { TextField } from '@/components/ui/fields';
import { Input } from '@/components/ui/input';
import { useMutation } from '@/components/ui/use-mutation';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';
import { TENANT_FIELD_LIMITS as T } from '@/lib/field-limits';

type Props = {
  tenantId: string;
  name: string;
  branding: { displayName?: string; primaryColor?: string; logoUrl?: string };
  editable: boolean;
};

const HEX = /^#[0-9a-fA-F]{6}$/;

export function BrandingForm({ tenantId, name, branding, editable }: Props) {
  const { run, pending, error: failure } = useMutation();
  const [displayName, setDisplayName] = useState(branding.displayName ?? '');
  const [color, setColor] = useState(branding.primaryColor ?? '');
  const [logoUrl, setLogoUrl] = useState(branding.logoUrl ?? '');
  const previewColor = HEX.test(color) ? color : '#178173';
  const fields = failure?.fields ?? {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // An emptied field removes the value (null), rather than storing an empty string.
    const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
    await run(
      'PATCH',
      `/api/owner/tenants/${tenantId}`,
      {
        name: formText(form, 'name').trim(),
        branding: { displayName: orNull(displayName), primaryColor: orNull(color), logoUrl: orNull(logoUrl) },
      },
      { success: 'Branding saved.' },
    );
  }

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <form onSubmit={onSubmit} noValidate className="min-w-0 lg:col-span-2">
        <Card>
          <CardHeader
            title="Name and branding"
            description="How the clinic's own site presents itself to staff and clients."
          />
          <CardBody className="space-y-4">
            {failure && Object.keys(fields).length === 0 ? (
              <Alert tone="danger">{failure.message}</Alert>
            ) : null}
            <fieldset disabled={!editable} className="space-y-4">
              <TextField
                label="Tenant name"
                name="name"
                defaultValue={name}
                required
                minLength={T.name.min}
                maxLength={T.name.max}
                hint="Shown in this console."
                error={fields.name}
              />
              <TextField
                label="Display name"
                id="branding-display-name"
                value={displayName}
                maxLength={L.displayName.max}
                onChange={(event) => setDisplayName(event.target.value)}
                hint="Shown on the clinic's site. Leave empty to use the tenant name."
                error={fields['branding.displayName']}
              />
              <Field
                id="branding-color"
                label="Brand colour"
                hint="A hex colour such as #1d4ed8. Leave empty for the default."
                error={fields['branding.primaryColor']}
              >
                {(control) => (
                  <div className="flex items-center gap-2">
                    <input
                      type="color"
                      aria-label="Pick the brand colour"
                      value={previewColor}
                      onChange={(event) => setColor(event.target.value)}
                      className="h-10 w-12 cursor-pointer rounded-md border border-slate-300 bg-white p-1"
                    />
                    <Input
                      {...control}
                      value={color}
                      onChange={(event) => setColor(event.target.value)}
                      placeholder="#178173"
                      maxLength={7}
                      className="max-w-40 font-mono"
                      spellCheck={false}
                    />
                  </div>
                )}
              </Field>
              <TextField
                label="Logo URL"
                id="branding-logo"
                type="url"
                value={logoUrl}
                maxLength={L.logoUrl.max}
                onChange={(event) => setLogoUrl(event.target.value)}
                placeholder="https://example.com/logo.png"
                hint="An https:// address or a path on the clinic's site."
                error={fields['branding.logoUrl']}
              />
            </fieldset>
          </CardBody>
          {editable ? (
            <CardFooter>
              <Button type="submit" pending={pending} pendingLabel="Saving…">
                Save branding
              </Button>
            </CardFooter>
          ) : null}
        </Card>
      </form>
      <Card>
        <CardHeader title="Preview" />
        <CardBody>
          <div className="overflow-hidden rounded-md ring-1 ring-slate-200">
            <div
              className="flex items-center gap-3 px-4 py-3 text-white"
              style={{ backgroundColor: previewColor }}
            >
              {logoUrl && (logoUrl.startsWith('https://') || logoUrl.startsWith('/')) ? (
                // A plain <img>: an arbitrary operator-supplied URL, not an asset next/image could optimise.
                // eslint-disable-next-line @next/next/no-img-element -- next/image would need every logo host allow-listed
                <img src={logoUrl} alt="" className="size-8 rounded bg-white object-contain" />
              ) : (
                <span
                  aria-hidden="true"
                  className="grid size-8 place-items-center rounded bg-white/20 text-sm font-bold"
                >
                  {(displayName || name).charAt(0).toUpperCase()}
                </span>
              )}
              <span className="truncate font-semibold">{displayName || name}</span>
            </div>
            <div className="space-y-2 bg-white p-4">
              <div className="h-2 w-3/4 rounded bg-slate-200" />
              <div className="h-2 w-1/2 rounded bg-slate-200" />
              <span
                className="mt-2 inline-block rounded-md px-3 py-1.5 text-xs font-medium text-white"
                style={{ backgroundColor: previewColor }}
              >
                Sign in
              </span>
            </div>
          </div>
        </CardBody>
      </Card>
    </div>
  );
}
