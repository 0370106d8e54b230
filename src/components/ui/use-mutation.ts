'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useState, useTransition } from 'react';
import { apiFetch, apiRequest, type ApiFailure, type ApiResult } from './api-client';
import { followSessionEnd } from './session-end';
import { useToast } from './toast';

type Method = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Per call: the toast shown once the change is saved (a function when it names what the API answered). */
type MutationOptions<T> = { success?: string | ((data: T) => string) };

/**
 * Both planes' one way to change data through the JSON API, with the states a form needs:
 * - `pending` covers the request and the server re-render after it (`router.refresh()` in a transition), so
 *   buttons stay busy until the page shows the change instead of flashing the old data;
 * - `error` is the last failure: the API's `{ error: { code, message, details } }` with per-field messages in
 *   `fields`, ready for `<Form error>` / `<FormDialog status>`;
 * - a session that ended sends the user to sign in again (see `session-end.ts`).
 * `run` returns the result, so callers can close a dialog or navigate. The returned object is a `FormStatus`.
 */
export function useMutation({ refresh = true }: { refresh?: boolean } = {}) {
  const router = useRouter();
  const { notify, clear } = useToast();
  const [requesting, setRequesting] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [error, setError] = useState<ApiFailure | null>(null);

  const track = useCallback(
    async <T>(
      url: string,
      request: () => Promise<ApiResult<T>>,
      options: MutationOptions<T> = {},
    ): Promise<ApiResult<T>> => {
      setRequesting(true);
      setError(null);
      clear(); // the toast of an earlier attempt must not sit beside this attempt's error
      try {
        const result = followSessionEnd(url, await request());
        if (!result.ok) {
          setError(result);
          return result;
        }
        const { success } = options;
        if (success) notify(typeof success === 'function' ? success(result.data) : success);
        if (refresh) startRefresh(() => router.refresh());
        return result;
      } finally {
        setRequesting(false);
      }
    },
    [clear, notify, refresh, router],
  );

  /** A JSON request. */
  const run = useCallback(
    <T = unknown>(method: Method, url: string, body?: unknown, options?: MutationOptions<T>) =>
      track(url, () => apiRequest<T>(method, url, body), options),
    [track],
  );

  /** A multipart upload (POST /api/files). */
  const upload = useCallback(
    <T = unknown>(url: string, form: FormData, options?: MutationOptions<T>) =>
      track(url, () => apiFetch<T>(url, { method: 'POST', body: form }), options),
    [track],
  );

  const reset = useCallback(() => setError(null), []);
  return { run, upload, pending: requesting || refreshing, error, setError, reset };
}
