import 'server-only';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { env } from '@/env';
import { isApexHost, requestHost } from '@/server/tenancy/routing/hosts';
import { getPlatformSettings } from '@/server/tenancy/owner-gateway/platform-settings';

/** The self sign-up page exists on the apex host only, and only while the operator allows it (else 404). */
export async function loadSignUpPage(): Promise<{ baseDomain: string }> {
  if (!isApexHost(requestHost(await headers()))) notFound();
  const { signupsOpen } = await getPlatformSettings();
  if (!signupsOpen) notFound();
  return { baseDomain: env().BASE_DOMAIN };
}
