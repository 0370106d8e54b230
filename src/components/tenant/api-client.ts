'use client';

import { apiRequest, type ApiFailure, type ApiResult } from '@/components/ui/api-client';
import { followSessionEnd } from '@/components/ui/session-end';

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
  return followSessionEnd(url, await apiRequest<T>(method, url, body));
}
