'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { apiRequest } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/fields';

export function OwnerLoginForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    setFields({});
    const result = await apiRequest('POST', '/api/owner/auth/login', {
      email: form.get('email'),
      password: form.get('password'),
    });
    if (result.ok) {
      router.replace(returnTo);
      router.refresh();
      return;
    }
    setPending(false);
    setFields(result.fields);
    if (result.status === 429) {
      const seconds = Number(
        (result.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds,
      );
      const minutes = Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds / 60)) : null;
      setError(
        minutes
          ? `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
          : result.message,
      );
    } else if (Object.keys(result.fields).length === 0) {
      setError(result.message);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        autoFocus
        error={fields.email}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fields.password}
      />
      <Button type="submit" className="w-full" pending={pending} pendingLabel="Signing in…">
        Sign in
      </Button>
    </form>
  );
}
