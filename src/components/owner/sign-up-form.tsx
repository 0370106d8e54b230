'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { apiRequest, type ApiFailure } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/fields';
import { Form } from '@/components/ui/form';
import { formText } from '@/components/ui/form-data';
import { FormAlert } from '@/components/ui/form-errors';
import { TENANT_FIELD_LIMITS as L } from '@/lib/field-limits';
import { useSlugFromName } from './suggest-slug';

/** The public self sign-up form: the clinic, its address and its first administrator; the clinic is created when the mailed link is followed. */
export function SignUpForm({ baseDomain }: { baseDomain: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const { slug, nameChanged, slugChanged } = useSlugFromName();
  const [done, setDone] = useState<{ email: string; message: string } | null>(null);

  async function onSubmit(form: FormData) {
    setPending(true);
    setError(null);
    const result = await apiRequest<{ email: string; message: string }>('POST', '/api/signup', {
      clinicName: formText(form, 'clinicName').trim(),
      slug: formText(form, 'slug').trim(),
      name: formText(form, 'name').trim(),
      email: formText(form, 'email').trim(),
      password: formText(form, 'password'),
    });
    setPending(false);
    if (result.ok) setDone(result.data);
    else setError(result);
  }

  if (done) {
    return (
      <Alert tone="success" title="Check your e-mail">
        {done.message} Your clinic is created when you open the link.
      </Alert>
    );
  }

  return (
    <Form error={error} onSubmit={onSubmit} className="space-y-4">
      <FormAlert />
      <TextField
        label="Clinic name"
        name="clinicName"
        required
        minLength={L.name.min}
        maxLength={L.name.max}
        onChange={(event) => nameChanged(event.target.value)}
      />
      <TextField
        label="Address"
        name="slug"
        required
        minLength={L.slug.min}
        maxLength={L.slug.max}
        value={slug}
        onChange={(event) => slugChanged(event.target.value)}
        spellCheck={false}
        autoCapitalize="none"
        hint={`Your clinic will be at ${slug || 'your-clinic'}.${baseDomain}`}
      />
      <TextField label="Your full name" name="name" required maxLength={L.adminName.max} />
      <TextField
        label="Email"
        name="email"
        type="email"
        required
        maxLength={L.email.max}
        autoComplete="email"
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        required
        minLength={L.password.min}
        maxLength={L.password.max}
        autoComplete="new-password"
        hint={`At least ${L.password.min} characters.`}
      />
      <Button
        type="submit"
        className="w-full"
        pending={pending}
        pendingLabel="Sending the confirmation link…"
      >
        Create my clinic
      </Button>
    </Form>
  );
}
