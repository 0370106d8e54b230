'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useState, useTransition } from 'react';
import { tenantApi, uploadForm, type ApiFailure, type ApiResult } from './api-client';

/**
 * One mutation against the JSON API with the states a form needs: pending (covering the request and the
 * server re-render after it, so buttons stay busy until the page shows the change), the last failure (message +
 * field errors) and a reset. Returns the result so callers can close a dialog or navigate. The returned object
 * is a `FormStatus`, so it can be handed to `<FormDialog status={…}>` as it is.
 */
export function useMutation({ refresh = true }: { refresh?: boolean } = {}) {
  const router = useRouter();
  const [requesting, setRequesting] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [error, setError] = useState<ApiFailure | null>(null);

  const track = useCallback(
    async <T>(request: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> => {
      setRequesting(true);
      setError(null);
      try {
        const result = await request();
        if (!result.ok) setError(result);
        else if (refresh) startRefresh(() => router.refresh());
        return result;
      } finally {
        setRequesting(false);
      }
    },
    [refresh, router],
  );

  /** A JSON request. */
  const run = useCallback(
    <T = unknown>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown) =>
      track(() => tenantApi<T>(method, url, body)),
    [track],
  );

  /** A multipart upload (POST /api/files). */
  const upload = useCallback(
    <T = unknown>(url: string, form: FormData) => track(() => uploadForm<T>(url, form)),
    [track],
  );

  const reset = useCallback(() => setError(null), []);
  return { run, upload, pending: requesting || refreshing, error, setError, reset };
}
