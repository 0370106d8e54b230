'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { useMutation } from '@/components/ui/use-mutation';
import { formatDateTime } from '@/lib/format/dates';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';

type Maintenance = { since: Date | string; reason: string; message: string | null } | null;

/**
 * The clinic page's maintenance switch: on, the clinic's hosts answer 503 and its pages show the message; off,
 * it serves again. A maintenance held by a restore or move is shown but cannot be switched by hand.
 */
export function MaintenanceToggle({
  tenantId,
  maintenance,
  canManage,
}: {
  tenantId: string;
  maintenance: Maintenance;
  canManage: boolean;
}) {
  const { run, pending, error: failure } = useMutation();
  const [message, setMessage] = useState(maintenance?.message ?? '');
  const on = maintenance !== null;
  const heldByOperation = on && maintenance.reason !== 'OPERATOR';
  const url = `/api/owner/tenants/${tenantId}/maintenance`;

  return (
    <Card>
      <CardHeader
        title="Maintenance mode"
        description={
          on
            ? `On since ${formatDateTime(maintenance.since)}${heldByOperation ? ` (held by a ${maintenance.reason.toLowerCase()})` : ''}. The clinic's site answers "under maintenance".`
            : "Off. Turn it on to close the clinic's site for a while, with a message for its staff."
        }
      />
      <CardBody className="space-y-3">
        {canManage && !heldByOperation ? (
          <form
            className="space-y-3"
            onSubmit={(event) => {
              event.preventDefault();
              void run(
                'POST',
                url,
                { enabled: true, ...(message.trim() ? { message: message.trim() } : {}) },
                { success: on ? 'The maintenance message was updated.' : 'Maintenance mode is on.' },
              );
            }}
          >
            <Field
              id="maintenance-message"
              label="Message shown to the clinic"
              hint="Optional. For example: Back at 14:00 UTC."
            >
              {(control) => (
                <Textarea
                  {...control}
                  name="message"
                  rows={2}
                  maxLength={L.maintenanceMessage.max}
                  value={message}
                  onChange={(event) => setMessage(event.target.value)}
                />
              )}
            </Field>
            <div className="flex flex-wrap gap-2">
              <Button
                type="submit"
                variant={on ? 'secondary' : 'primary'}
                pending={pending}
                pendingLabel="Saving…"
              >
                {on ? 'Update message' : 'Turn maintenance on'}
              </Button>
              {on ? (
                <Button
                  type="button"
                  variant="primary"
                  pending={pending}
                  pendingLabel="Saving…"
                  onClick={() =>
                    void run('POST', url, { enabled: false }, { success: 'Maintenance mode is off.' })
                  }
                >
                  Turn maintenance off
                </Button>
              ) : null}
            </div>
          </form>
        ) : on && maintenance.message ? (
          <p className="text-sm text-slate-700">Message: {maintenance.message}</p>
        ) : null}
        {failure ? <Alert tone="danger">{failure.message}</Alert> : null}
      </CardBody>
    </Card>
  );
}
