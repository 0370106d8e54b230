'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/input';
import { fieldError, tenantApi, type ApiFailure } from '../api-client';
import { formText } from '../form-data';

/** Replaces the user's password (required after an admin reset); other sessions are signed out by the server. */
export function ChangePasswordForm({ required }: { required: boolean }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const newPassword = formText(form, 'newPassword');
    if (newPassword !== formText(form, 'confirmPassword')) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setPending(true);
    setError(null);
    const result = await tenantApi('POST', '/api/auth/password', {
      currentPassword: formText(form, 'currentPassword'),
      newPassword,
    });
    setPending(false);
    if (!result.ok) {
      setError(result);
      return;
    }
    if (required) {
      window.location.assign('/dashboard');
      return;
    }
    formElement.reset();
    setDone(true);
  }

  const general = error && Object.keys(error.fields).length === 0 ? error.message : null;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {general ? <Alert tone="danger">{general}</Alert> : null}
      {done ? <Alert tone="success">Your password was changed. Other devices were signed out.</Alert> : null}
      <TextField
        label={required ? 'Temporary password' : 'Current password'}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError(error, 'currentPassword')}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        required
        error={fieldError(error, 'newPassword')}
      />
      <TextField
        label="Repeat the new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={mismatch ? 'The two passwords differ.' : null}
      />
      <Button type="submit" className="w-full" pending={pending} pendingLabel="Saving…">
        Change password
      </Button>
    </form>
  );
}
