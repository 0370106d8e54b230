'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { apiRequest } from '@/components/ui/api-client';

/** Ends this session on the server, then leaves for the sign-in page (a full load drops any cached pages). */
export function SignOutButton() {
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  async function signOut() {
    setPending(true);
    setFailed(false);
    const result = await apiRequest('POST', '/api/auth/logout');
    if (result.ok || result.status === 401) {
      window.location.assign('/login');
      return;
    }
    setFailed(true);
    setPending(false);
  }
  return (
    <div>
      <Button
        variant="ghost"
        size="sm"
        onClick={signOut}
        pending={pending}
        pendingLabel="Signing out…"
        className="w-full justify-start"
      >
        Sign out
      </Button>
      {failed ? (
        <p role="alert" className="mt-1 px-3 text-xs text-red-700">
          Could not sign out. Try again.
        </p>
      ) : null}
    </div>
  );
}
