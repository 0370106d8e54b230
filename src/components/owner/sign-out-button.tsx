'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { apiRequest } from '@/components/ui/api-client';
import { cn, focusRing } from '@/components/ui/cn';

export function SignOutButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        // Even if the call fails (session already expired), leaving for the sign-in page is the right outcome.
        await apiRequest('POST', '/api/owner/auth/logout');
        router.replace('/owner/login');
        router.refresh();
      }}
      className={cn(
        'w-full rounded-md px-3 py-2 text-left text-sm font-medium text-slate-300 hover:bg-slate-800 hover:text-white disabled:opacity-60',
        focusRing,
      )}
    >
      {pending ? 'Signing out…' : 'Sign out'}
    </button>
  );
}
