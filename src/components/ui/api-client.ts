/**
 * Browser-side calls to our own JSON API (same origin, so the session cookie and the CSRF origin check just
 * work). Never throws for an HTTP error: callers get a discriminated result and can show `fields` next to the
 * inputs they belong to. Shared by both planes because both APIs use the same `{ data } / { error }` envelope.
 */
export type ApiFailure = {
  ok: false;
  status: number;
  code: string;
  message: string;
  /** Per-field messages from a 400 VALIDATION_ERROR, keyed by dotted path ("admin.email"). */
  fields: Record<string, string>;
  details?: unknown;
};
export type ApiResult<T> = { ok: true; status: number; data: T; nextCursor?: string | null } | ApiFailure;

export async function apiRequest<T = unknown>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  return body === undefined
    ? apiFetch<T>(url, { method })
    : apiFetch<T>(url, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
}

/** Any request to our API (JSON, or a multipart upload with a FormData body), read as an `ApiResult`. */
export async function apiFetch<T = unknown>(
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: BodyInit },
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...init.headers },
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
    nextCursor?: string | null;
    error?: { code?: string; message?: string; details?: unknown };
  } | null;
  if (response.ok)
    return { ok: true, status: response.status, data: payload?.data as T, nextCursor: payload?.nextCursor };
  const error = payload?.error;
  return {
    ok: false,
    status: response.status,
    code: error?.code ?? 'HTTP_ERROR',
    message: error?.message ?? `The server answered ${response.status}.`,
    fields: firstMessages(error?.details),
    details: error?.details,
  };
}

function firstMessages(details: unknown): Record<string, string> {
  const fields = (details as { fields?: Record<string, unknown> } | undefined)?.fields;
  if (!fields || typeof fields !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    const message = Array.isArray(value) ? value[0] : value;
    if (typeof message === 'string') out[key] = message;
  }
  return out;
}

/**
 * The failure as one sentence, including field messages that no rendered field shows (so the user always learns
 * what to fix). Null when every field message is already shown beside its field.
 */
export function formErrorText(
  failure: ApiFailure | null | undefined,
  isShown: (errorKey: string) => boolean = () => false,
): string | null {
  if (!failure) return null;
  const fieldEntries = Object.entries(failure.fields);
  const hidden = fieldEntries.filter(([key]) => !isShown(key));
  if (fieldEntries.length > 0 && hidden.length === 0) return null;
  if (hidden.length === 0) return failure.message;
  return `${failure.message} ${hidden.map(([key, text]) => (key === '_' ? text : `${key}: ${text}`)).join(' ')}`;
}
