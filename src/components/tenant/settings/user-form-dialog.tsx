'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import type { UserView } from '@/server/tenant/users/users.schema';
import { fieldError, formError } from '../api-client';
import { ROLE_LABELS } from '../shell/nav-items';
import { useMutation } from '../use-mutation';
import { TemporaryPassword } from './temporary-password';
import { formText } from '../form-data';

const SHOWN = ['email', 'name', 'role', 'password', 'practiceIds'];

/** Adds a staff member (with a password, or a temporary one shown once) or edits name, email, role and practices. */
export function UserFormDialog({
  user,
  practices,
  triggerLabel,
  triggerVariant = 'primary',
}: {
  user?: UserView;
  practices: Array<{ id: string; name: string }>;
  triggerLabel: string;
  triggerVariant?: ButtonVariant;
}) {
  const { notify } = useToast();
  const { run, pending, error, reset } = useMutation();
  const [open, setOpen] = useState(false);
  const [temporary, setTemporary] = useState<string | null>(null);
  const [role, setRole] = useState(user?.role ?? 'VETERINARIAN');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const practiceIds = form.getAll('practiceIds').map(String);
    const base = { email: formText(form, 'email'), name: formText(form, 'name'), role, practiceIds };
    if (user) {
      const result = await run('PATCH', `/api/users/${user.id}`, base);
      if (result.ok) {
        notify('User updated.');
        setOpen(false);
      }
      return;
    }
    const password = formText(form, 'password');
    const result = await run<{ temporaryPassword?: string }>(
      'POST',
      '/api/users',
      password ? { ...base, password } : base,
    );
    if (!result.ok) return;
    notify(`${base.name} added.`);
    if (result.data.temporaryPassword) setTemporary(result.data.temporaryPassword);
    else setOpen(false);
  }

  return (
    <>
      <Button
        variant={triggerVariant}
        size={user ? 'sm' : 'md'}
        onClick={() => {
          reset();
          setTemporary(null);
          setRole(user?.role ?? 'VETERINARIAN');
          setOpen(true);
        }}
      >
        {triggerLabel}
      </Button>
      <Dialog
        open={open}
        onClose={() => !pending && setOpen(false)}
        title={user ? `Edit ${user.name}` : 'Add a staff member'}
      >
        {temporary ? (
          <TemporaryPassword password={temporary} onDone={() => setOpen(false)} />
        ) : (
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            {formError(error, SHOWN) ? <Alert tone="danger">{formError(error, SHOWN)}</Alert> : null}
            <TextField
              label="Full name"
              name="name"
              required
              defaultValue={user?.name}
              error={fieldError(error, 'name')}
            />
            <TextField
              label="Email"
              name="email"
              type="email"
              required
              defaultValue={user?.email}
              autoComplete="off"
              error={fieldError(error, 'email')}
            />
            <SelectField
              label="Role"
              name="role"
              value={role}
              onChange={(e) => setRole(e.target.value as typeof role)}
              error={fieldError(error, 'role')}
            >
              {Object.entries(ROLE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </SelectField>
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">Works at</legend>
              <p className="mb-2 text-xs text-slate-500">
                {role === 'ADMIN' ? 'Administrators see every practice.' : 'At least one practice.'}
              </p>
              <div className="space-y-1.5">
                {practices.map((p) => (
                  <label key={p.id} className="flex items-center gap-2 text-sm text-slate-800">
                    <input
                      type="checkbox"
                      name="practiceIds"
                      value={p.id}
                      defaultChecked={user ? user.practiceIds.includes(p.id) : practices.length === 1}
                      className="size-4 accent-brand-600"
                    />
                    {p.name}
                  </label>
                ))}
              </div>
              {fieldError(error, 'practiceIds') ? (
                <p className="mt-1 text-xs font-medium text-red-700">{fieldError(error, 'practiceIds')}</p>
              ) : null}
            </fieldset>
            {user ? null : (
              <TextField
                label="Password (optional)"
                name="password"
                type="password"
                autoComplete="new-password"
                hint="Leave empty to issue a temporary password that must be changed at first sign-in."
                error={fieldError(error, 'password')}
              />
            )}
            <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
              <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
                Cancel
              </Button>
              <Button type="submit" pending={pending} pendingLabel="Saving…">
                {user ? 'Save changes' : 'Add staff member'}
              </Button>
            </div>
          </form>
        )}
      </Dialog>
    </>
  );
}
