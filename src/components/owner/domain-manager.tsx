'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/dialog';
import { CheckboxField, TextField } from '@/components/ui/fields';
import { Form } from '@/components/ui/form';
import { formText } from '@/components/ui/form-data';
import { FormAlert } from '@/components/ui/form-errors';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { TENANT_FIELD_LIMITS as L } from '@/lib/field-limits';
import { planFeatureUnavailableMessage } from '@/lib/plan-features';
import { useMutation } from '@/components/ui/use-mutation';
import { formatDate } from '@/lib/format/dates';

type Domain = { domain: string; isPrimary: boolean; createdAt: string };

type Props = {
  tenantId: string;
  slugAddress: string;
  domains: Domain[];
  editable: boolean;
  /**
   * The plan's name when the tenant's plan lacks the `custom-domain` feature: adding is then refused, and domains
   * added before a downgrade are shown inactive (the host resolver does not serve them).
   */
  planWithoutCustomDomain: string | null;
};

export function DomainManager({ tenantId, slugAddress, domains, editable, planWithoutCustomDomain }: Props) {
  const add = useMutation();
  const primary = useMutation();
  const removal = useMutation();
  const [makePrimary, setMakePrimary] = useState(domains.length === 0);
  const base = `/api/owner/tenants/${tenantId}/domains`;

  async function onAdd(data: FormData, form: HTMLFormElement) {
    const domain = formText(data, 'domain').trim();
    const added = await add.run(
      'POST',
      base,
      { domain, isPrimary: makePrimary },
      { success: `${domain.toLowerCase()} was added.` },
    );
    if (added.ok) {
      form.reset();
      setMakePrimary(false);
    }
  }

  async function makePrimaryDomain(domain: string) {
    await primary.run(
      'PATCH',
      `${base}/${encodeURIComponent(domain)}`,
      { isPrimary: true },
      { success: `${domain} is now the primary domain.` },
    );
  }

  async function remove(domain: string): Promise<string | void> {
    const result = await removal.run('DELETE', `${base}/${encodeURIComponent(domain)}`, undefined, {
      success: `${domain} was removed.`,
    });
    if (!result.ok) return result.message;
  }

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="Domains"
          description={`The clinic is always reachable at ${slugAddress}. Custom domains must point (DNS) at this server.`}
        />
        {primary.error ? <Alert tone="danger">{primary.error.message}</Alert> : null}
        {domains.length === 0 ? (
          <EmptyState
            title="No custom domains"
            description="Add one below if the clinic wants its own address."
          />
        ) : (
          <Table caption="Custom domains">
            <THead>
              <tr>
                <TH>Domain</TH>
                <TH>Status</TH>
                <TH>Added</TH>
                <TH>
                  <span className="sr-only">Actions</span>
                </TH>
              </tr>
            </THead>
            <TBody>
              {domains.map((d) => (
                <TR key={d.domain}>
                  <TD>
                    <span className="font-mono text-sm text-slate-900">{d.domain}</span>
                    {d.isPrimary ? (
                      <Badge tone="brand" className="ml-2">
                        Primary
                      </Badge>
                    ) : null}
                  </TD>
                  <TD>
                    {planWithoutCustomDomain ? (
                      <Badge tone="warning">Inactive on the {planWithoutCustomDomain} plan</Badge>
                    ) : (
                      <Badge tone="success">Active</Badge>
                    )}
                  </TD>
                  <TD>{formatDate(d.createdAt)}</TD>
                  <TD className="space-x-2 text-right">
                    {editable && !d.isPrimary ? (
                      <Button
                        variant="secondary"
                        size="sm"
                        pending={primary.pending}
                        onClick={() => void makePrimaryDomain(d.domain)}
                      >
                        Make primary<span className="sr-only"> {d.domain}</span>
                      </Button>
                    ) : null}
                    {editable ? (
                      <ConfirmDialog
                        triggerLabel={
                          <span>
                            Remove<span className="sr-only"> {d.domain}</span>
                          </span>
                        }
                        title={`Remove ${d.domain}?`}
                        description={
                          d.isPrimary
                            ? 'This is the primary domain; the oldest remaining domain becomes primary. The clinic stays reachable at its slug address.'
                            : 'Requests to this domain will stop reaching the clinic within a few seconds.'
                        }
                        confirmLabel="Remove domain"
                        pendingLabel="Removing…"
                        tone="danger"
                        onConfirm={() => remove(d.domain)}
                      />
                    ) : null}
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Card>

      {planWithoutCustomDomain ? (
        <Alert tone="warning" title="Custom domains are not in this clinic's plan">
          {planFeatureUnavailableMessage(planWithoutCustomDomain, 'custom-domain', 'owner')}{' '}
          {domains.length > 0
            ? `The domains above stay recorded but are not served while the clinic is on this plan; they work again after an upgrade.`
            : null}{' '}
          Until then the clinic is reached at {slugAddress}.
        </Alert>
      ) : null}
      {editable && !planWithoutCustomDomain ? (
        <Card>
          <CardHeader title="Add a domain" />
          <CardBody>
            <Form error={add.error} onSubmit={onAdd} className="space-y-4">
              <FormAlert />
              <div className="flex flex-wrap items-start gap-4">
                <TextField
                  id="new-domain"
                  label="Domain"
                  name="domain"
                  hint="A host name only, e.g. clinic.example.com"
                  placeholder="clinic.example.com"
                  spellCheck={false}
                  autoCapitalize="none"
                  required
                  maxLength={L.domain.max}
                  fieldClassName="min-w-72 flex-1"
                />
                <CheckboxField
                  id="new-domain-primary"
                  checked={makePrimary}
                  onChange={(event) => setMakePrimary(event.target.checked)}
                  label="Make it the primary domain"
                  className="pt-8"
                />
                <div className="pt-6">
                  <Button type="submit" pending={add.pending} pendingLabel="Adding…">
                    Add domain
                  </Button>
                </div>
              </div>
            </Form>
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
