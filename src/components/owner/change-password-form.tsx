'use client';

import { formText } from '@/components/ui/form-data';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardFooter, CardHeader } from '@/components/ui/card';
import { TextField } from '@/components/ui/fields';
import { Form } from '@/components/ui/form';
import { FormAlert } from '@/components/ui/form-errors';
import { useMutation } from '@/components/ui/use-mutation';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';

export function ChangePasswordForm() {
  const { run, pending, error: failure } = useMutation();

  async function onSubmit(form: FormData, formElement: HTMLFormElement) {
    const done = await run(
      'POST',
      '/api/owner/auth/password',
      { currentPassword: formText(form, 'currentPassword'), newPassword: formText(form, 'newPassword') },
      { success: 'Password changed. Your other sessions were signed out.' },
    );
    if (done.ok) formElement.reset();
  }

  return (
    <Form error={failure} onSubmit={onSubmit}>
      <Card>
        <CardHeader title="Your password" description="Changing it signs out your other sessions." />
        <CardBody className="space-y-4">
          <FormAlert />
          <TextField
            label="Current password"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            maxLength={L.password.max}
          />
          <TextField
            label="New password"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            minLength={L.newPassword.min}
            maxLength={L.newPassword.max}
            hint={`At least ${L.newPassword.min} characters.`}
          />
        </CardBody>
        <CardFooter>
          <Button type="submit" pending={pending} pendingLabel="Changing…">
            Change password
          </Button>
        </CardFooter>
      </Card>
    </Form>
  );
}
