'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/input';
import { fieldError, tenantApi, type ApiFailure } from '../api-client';
import { formText } from '../form-data';

/** Email + password sign-in for this clinic; on success a full navigation so the shell renders with the session. */
export function LoginForm({ next }: { next: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await tenantApi<{ user: { mustChangePassword?: boolean } }>('POST', '/api/auth/login', {
      email: formText(form, 'email'),
      password: formText(form, 'password'),
    });
    if (result.ok) {
      window.location.assign(result.data.user.mustChangePassword ? '/change-password' : next);
      return;
    }
    setError(result);
    setPending(false);
  }

  const general = error && !error.fields.email && !error.fields.password ? error.message : null;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {general ? <Alert tone="danger">{general}</Alert> : null}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        autoFocus
        error={fieldError(error, 'email')}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError(error, 'password')}
      />
      <Button type="submit" className="w-full" pending={pending} pendingLabel="Signing in…">
        Sign in
      </Button>
    </form>
  );
}
