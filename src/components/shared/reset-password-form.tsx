'use client';

import { useState, type FormEvent } from 'react';
import { formText } from '@/components/ui/form-data';
import { Alert } from '@/components/ui/alert';
import { apiRequest } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/fields';
import { TENANT_FIELD_LIMITS as T } from '@/lib/field-limits';

/** Chooses a new password from a one-time link; on success every session has ended, so it sends to sign-in. */
export function ResetPasswordForm({
  endpoint,
  token,
  signInHref,
  forgotHref,
}: {
  endpoint: string;
  token: string;
  signInHref: string;
  forgotHref: string;
}) {
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = formText(form, 'password');
    if (password !== formText(form, 'confirm')) {
      setFields({ confirm: 'The two passwords differ.' });
      return;
    }
    setPending(true);
    setError(null);
    setFields({});
    const result = await apiRequest('POST', endpoint, { token, password });
    setPending(false);
    if (result.ok) setDone(true);
    else if (result.fields.password) setFields({ password: result.fields.password });
    else setError(result.message);
  }

  if (!token)
    return (
      <Alert tone="danger">
        This link is incomplete. <a href={forgotHref}>Ask for a new one</a>.
      </Alert>
    );
  if (done)
    return (
      <div className="space-y-4">
        <Alert tone="success">Your password has been changed. Sign in with the new one.</Alert>
        <a
          href={signInHref}
          className="block rounded-md bg-brand-600 px-4 py-2 text-center text-sm font-semibold text-white hover:bg-brand-700"
        >
          Sign in
        </a>
      </div>
    );
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      {error ? (
        <Alert tone="danger">
          {error}{' '}
          <a href={forgotHref} className="underline">
            Ask for a new link
          </a>
          .
        </Alert>
      ) : null}
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={T.password.min}
        maxLength={T.password.max}
        autoFocus
        hint={`At least ${T.password.min} characters.`}
        error={fields.password}
      />
      <TextField
        label="Repeat the new password"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        maxLength={T.password.max}
        error={fields.confirm}
      />
      <Button type="submit" className="w-full" pending={pending} pendingLabel="Saving…">
        Set new password
      </Button>
    </form>
  );
}
