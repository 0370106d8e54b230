'use client';

import { useState } from 'react';
import { ConfirmDialog, Dialog } from '@/components/ui/dialog';
import { useMutation } from '@/components/ui/use-mutation';
import { type UserView } from '@/server/tenant/pages/view-types';
import { TemporaryPassword } from './temporary-password';

/** Deactivate / reactivate and reset-password actions of one staff member. */
export function UserActions({ user, isSelf }: { user: UserView; isSelf: boolean }) {
  const { run } = useMutation();
  const [temporary, setTemporary] = useState<string | null>(null);

  return (
    <>
      <ConfirmDialog
        triggerLabel="Reset password"
        triggerVariant="ghost"
        title={`Reset ${user.name}'s password?`}
        description="A temporary password is issued and shown once; their sessions end at once."
        confirmLabel="Reset password"
        pendingLabel="Resetting…"
        onConfirm={async () => {
          const result = await run<{ temporaryPassword: string }>(
            'POST',
            `/api/users/${user.id}/reset-password`,
          );
          if (!result.ok) return result.message;
          setTemporary(result.data.temporaryPassword);
        }}
      />
      {user.isActive ? (
        <ConfirmDialog
          triggerLabel="Deactivate"
          triggerVariant="ghost"
          triggerDisabled={isSelf}
          title={`Deactivate ${user.name}?`}
          description="They are signed out everywhere and cannot sign in until reactivated. Their records stay."
          confirmLabel="Deactivate"
          pendingLabel="Deactivating…"
          tone="danger"
          onConfirm={async () => {
            const result = await run('POST', `/api/users/${user.id}/deactivate`, undefined, {
              success: `${user.name} deactivated.`,
            });
            if (!result.ok) return result.message;
          }}
        />
      ) : (
        <ConfirmDialog
          triggerLabel="Reactivate"
          triggerVariant="ghost"
          title={`Reactivate ${user.name}?`}
          confirmLabel="Reactivate"
          pendingLabel="Saving…"
          onConfirm={async () => {
            const result = await run('POST', `/api/users/${user.id}/activate`, undefined, {
              success: `${user.name} can sign in again.`,
            });
            if (!result.ok) return result.message;
          }}
        />
      )}
      <Dialog
        open={temporary !== null}
        onClose={() => setTemporary(null)}
        title={`New password for ${user.name}`}
      >
        {temporary ? <TemporaryPassword password={temporary} onDone={() => setTemporary(null)} /> : null}
      </Dialog>
    </>
  );
}
