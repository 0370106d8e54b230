'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** Shows an admin-issued temporary password once, with a copy button; it is never retrievable again. */
export function TemporaryPassword({ password, onDone }: { password: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-4">
      <Alert tone="warning" title="Temporary password — shown only now">
        Give it to the staff member in person. They must choose their own password when they first sign in.
      </Alert>
      <div className="flex items-center gap-2">
        <code
          className="flex-1 rounded-md bg-slate-100 px-3 py-2 font-mono text-sm select-all"
          data-testid="temporary-password"
        >
          {password}
        </code>
        <Button
          variant="secondary"
          size="sm"
          onClick={async () => {
            await navigator.clipboard?.writeText(password).catch(() => {});
            setCopied(true);
          }}
        >
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
      <div className="flex justify-end">
        <Button onClick={onDone}>Done</Button>
      </div>
    </div>
  );
}
