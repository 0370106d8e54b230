'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { apiRequest } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/fields';
import { TENANT_FIELD_LIMITS as T } from '@/lib/field-limits';

/** "Forgot password?" on either plane: asks for a reset link; the answer never says whether the address exists. */
export function ForgotPasswordForm({ endpoint, signInHref }: { endpoint: string; signInHref: string }) {
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    setFieldError(undefined);
    const result = await apiRequest<{ message: string }>('POST', endpoint, { email: form.get('email') });
    setPending(false);
    if (result.ok) setDone(result.data.message);
    else if (result.fields.email) setFieldError(result.fields.email);
    else setError(result.status === 429 ? 'Too many requests. Try again in a few minutes.' : result.message);
  }

  if (done)
    return (
      <div className="space-y-4">
        <Alert tone="success">{done}</Alert>
        <a href={signInHref} className="block text-center text-sm font-medium text-brand-700 hover:underline">
          Back to sign-in
        </a>
      </div>
    );
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        maxLength={T.email.max}
        autoFocus
        error={fieldError}
      />
      <Button type="submit" className="w-full" pending={pending} pendingLabel="Sending…">
        Send me a reset link
      </Button>
      <a href={signInHref} className="block text-center text-sm text-slate-600 hover:underline">
        Back to sign-in
      </a>
    </form>
  );
}
