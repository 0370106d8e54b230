'use client';

import { formText } from '@/components/ui/form-data';
import { useRef, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardFooter, CardHeader } from '@/components/ui/card';
import { TextField } from '@/components/ui/input';
import { useApiAction } from './use-api-action';

export function ChangePasswordForm() {
  const { run, pending, failure } = useApiAction();
  const formRef = useRef<HTMLFormElement>(null);
  const fields = failure?.fields ?? {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const done = await run(
      'POST',
      '/api/owner/auth/password',
      { currentPassword: formText(form, 'currentPassword'), newPassword: formText(form, 'newPassword') },
      'Password changed. Your other sessions were signed out.',
    );
    if (done) formRef.current?.reset();
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate>
      <Card>
        <CardHeader title="Your password" description="Changing it signs out your other sessions." />
        <CardBody className="space-y-4">
          {failure && Object.keys(fields).length === 0 ? (
            <Alert tone="danger">{failure.message}</Alert>
          ) : null}
          <TextField
            label="Current password"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            error={fields.currentPassword}
          />
          <TextField
            label="New password"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            hint="At least 10 characters."
            error={fields.newPassword}
          />
        </CardBody>
        <CardFooter>
          <Button type="submit" pending={pending} pendingLabel="Changing…">
            Change password
          </Button>
        </CardFooter>
      </Card>
    </form>
  );
}
