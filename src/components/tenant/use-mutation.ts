'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useState, useTransition } from 'react';
import { tenantApi, type ApiFailure, type ApiResult } from './api-client';

/**
 * One mutation against the JSON API with the states a form needs: pending (covering the request and the
 * server re-render after it, so buttons stay busy until the page shows the change), the last failure (message +
 * field errors) and a reset. Returns the result so callers can close a dialog or navigate.
 */
export function useMutation({ refresh = true }: { refresh?: boolean } = {}) {
  const router = useRouter();
  const [requesting, setRequesting] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [error, setError] = useState<ApiFailure | null>(null);

  const run = useCallback(
    async <T = unknown>(
      method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
      url: string,
      body?: unknown,
    ): Promise<ApiResult<T>> => {
      setRequesting(true);
      setError(null);
      try {
        const result = await tenantApi<T>(method, url, body);
        if (!result.ok) setError(result);
        else if (refresh) startRefresh(() => router.refresh());
        return result;
      } finally {
        setRequesting(false);
      }
    },
    [refresh, router],
  );

  const reset = useCallback(() => setError(null), []);
  return { run, pending: requesting || refreshing, error, setError, reset };
}
