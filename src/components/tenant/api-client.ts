'use client';

import { apiRequest, type ApiFailure, type ApiResult } from '@/components/ui/api-client';

export type { ApiFailure, ApiResult };

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The clinic app's calls to its JSON API: the design system's `apiRequest`, plus one clinic rule — when the
 * session has ended (expired, signed out elsewhere, user deactivated) the user is sent to sign in again and
 * brought back to this page afterwards.
 */
export async function tenantApi<T = unknown>(
  method: Method,
  url: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  return afterResponse(await apiRequest<T>(method, url, body));
}

/** Multipart upload (POST /api/files); same result shape as JSON calls. */
export async function uploadForm<T = unknown>(url: string, form: FormData): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
  } catch {
    return {
      ok: false,
      status: 0,
      code: 'NETWORK_ERROR',
      message: 'Could not reach the server. Check your connection and try again.',
      fields: {},
    };
  }
  const payload = (await response.json().catch(() => null)) as {
    data?: T;
    error?: { code?: string; message?: string; details?: unknown };
  } | null;
  if (response.ok) return { ok: true, status: response.status, data: payload?.data as T };
  return afterResponse({
    ok: false,
    status: response.status,
    code: payload?.error?.code ?? 'HTTP_ERROR',
    message: payload?.error?.message ?? `The server answered ${response.status}.`,
    fields: {},
    details: payload?.error?.details,
  });
}

function afterResponse<T>(result: ApiResult<T>): ApiResult<T> {
  if (!result.ok && typeof window !== 'undefined') {
    if (result.status === 401 && result.code !== 'INVALID_CREDENTIALS') {
      window.location.assign(
        `/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`,
      );
    } else if (result.code === 'PASSWORD_CHANGE_REQUIRED') {
      window.location.assign('/change-password');
    }
  }
  return result;
}

/** The server's message for a field, for `<TextField error=…>`. */
export function fieldError(failure: ApiFailure | null | undefined, field: string): string | null {
  return failure?.fields[field] ?? null;
}

/**
 * The failure as one sentence for an Alert, including field messages the form has no input for (so no complaint
 * from the server is silently lost). Null when every field message is shown beside its input.
 */
export function formError(failure: ApiFailure | null | undefined, shownFields: string[] = []): string | null {
  if (!failure) return null;
  const hidden = Object.entries(failure.fields).filter(([field]) => !shownFields.includes(field));
  if (Object.keys(failure.fields).length > 0 && hidden.length === 0) return null;
  if (hidden.length === 0) return failure.message;
  return `${failure.message} ${hidden.map(([field, message]) => (field === '_' ? message : `${field}: ${message}`)).join(' ')}`;
}
