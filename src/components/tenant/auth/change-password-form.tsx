'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/fields';
import { Form } from '@/components/ui/form';
import { formText } from '@/components/ui/form-data';
import { FormAlert } from '@/components/ui/form-errors';
import { useMutation } from '@/components/ui/use-mutation';

/** Replaces the user's password (required after an admin reset); other sessions are signed out by the server. */
export function ChangePasswordForm({ required }: { required: boolean }) {
  // On success the page is left or the form is reset with a note: nothing to refresh.
  const { run, pending, error } = useMutation({ refresh: false });
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);

  async function onSubmit(form: FormData, formElement: HTMLFormElement) {
    const newPassword = formText(form, 'newPassword');
    if (newPassword !== formText(form, 'confirmPassword')) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    const result = await run('POST', '/api/auth/password', {
      currentPassword: formText(form, 'currentPassword'),
      newPassword,
    });
    if (!result.ok) return;
    if (required) {
      window.location.assign('/dashboard');
      return;
    }
    formElement.reset();
    setDone(true);
  }

  return (
    <Form
      error={error}
      fieldErrors={mismatch ? { confirmPassword: 'The two passwords differ.' } : undefined}
      onSubmit={onSubmit}
      className="space-y-5"
    >
      <FormAlert />
      {done ? <Alert tone="success">Your password was changed. Other devices were signed out.</Alert> : null}
      <TextField
        label={required ? 'Temporary password' : 'Current password'}
        name="currentPassword"
        maxLength={200}
        type="password"
        autoComplete="current-password"
        required
      />
      <TextField
        label="New password"
        name="newPassword"
        maxLength={200}
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        required
      />
      <TextField
        label="Repeat the new password"
        name="confirmPassword"
        maxLength={200}
        type="password"
        autoComplete="new-password"
        required
      />
      <Button type="submit" className="w-full" pending={pending} pendingLabel="Saving…">
        Change password
      </Button>
    </Form>
  );
}
