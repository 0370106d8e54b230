'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/fields';
import { Form } from '@/components/ui/form';
import { formText } from '@/components/ui/form-data';
import { FormAlert } from '@/components/ui/form-errors';
import { tenantApi, type ApiFailure } from '../api-client';

/** Email + password sign-in for this clinic; on success a full navigation so the shell renders with the session. */
export function LoginForm({ next }: { next: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);

  async function onSubmit(form: FormData) {
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

  return (
    <Form error={error} onSubmit={onSubmit} className="space-y-5">
      <FormAlert />
      <TextField
        label="Email"
        name="email"
        maxLength={254}
        type="email"
        autoComplete="username"
        required
        autoFocus
      />
      <TextField
        label="Password"
        name="password"
        maxLength={200}
        type="password"
        autoComplete="current-password"
        required
      />
      <Button type="submit" className="w-full" pending={pending} pendingLabel="Signing in…">
        Sign in
      </Button>
    </Form>
  );
}
