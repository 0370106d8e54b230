'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { apiRequest, type ApiFailure } from '@/components/ui/api-client';
import { useToast } from '@/components/ui/toast';

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The console's one way to change data: call the JSON API, then re-render the server components
 * (router.refresh) so every panel shows the new state, and confirm with a toast. Failures are returned for the
 * caller to show inline, next to the control that caused them.
 */
export function useApiAction() {
  const router = useRouter();
  const { notify, clear } = useToast();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);

  async function run<T>(method: Method, url: string, body: unknown, success: string): Promise<T | null> {
    setPending(true);
    setFailure(null);
    clear(); // the toast of an earlier attempt must not sit beside this attempt's error
    const result = await apiRequest<T>(method, url, body);
    setPending(false);
    if (!result.ok) {
      // The session expired (idle timeout) while the page was open: sign in again rather than show an error.
      if (result.status === 401) {
        router.replace(`/owner/login?next=${encodeURIComponent(window.location.pathname)}`);
        return null;
      }
      setFailure(result);
      return null;
    }
    notify(success);
    router.refresh();
    return result.data;
  }

  return { run, pending, failure, clearFailure: () => setFailure(null) };
}
