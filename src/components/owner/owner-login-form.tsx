'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import type { ApiFailure } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/fields';
import { Form } from '@/components/ui/form';
import { formText } from '@/components/ui/form-data';
import { FormAlert } from '@/components/ui/form-errors';
import { useMutation } from '@/components/ui/use-mutation';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';

/** A throttled sign-in says when to try again, in minutes, rather than the API's generic sentence. */
function throttledMessage(failure: ApiFailure | null): string | null {
  if (failure?.status !== 429) return null;
  const seconds = Number((failure.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds);
  if (!Number.isFinite(seconds)) return null;
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

export function OwnerLoginForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  // The page is left on success, so nothing here is refreshed; the button stays busy until the console shows.
  const login = useMutation({ refresh: false });
  const [navigating, startNavigating] = useTransition();

  async function onSubmit(form: FormData) {
    const result = await login.run('POST', '/api/owner/auth/login', {
      email: formText(form, 'email'),
      password: formText(form, 'password'),
    });
    if (result.ok)
      startNavigating(() => {
        router.replace(returnTo);
        router.refresh();
      });
  }

  return (
    <Form
      error={login.error}
      message={throttledMessage(login.error)}
      onSubmit={onSubmit}
      className="space-y-5"
    >
      <FormAlert />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        maxLength={L.email.max}
        autoFocus
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={L.password.max}
      />
      <Button
        type="submit"
        className="w-full"
        pending={login.pending || navigating}
        pendingLabel="Signing in…"
      >
        Sign in
      </Button>
    </Form>
  );
}
