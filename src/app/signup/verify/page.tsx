import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { loadSignUpVerifyPage } from '@/server/owner/pages/signup-verify-page';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Confirm your clinic · SmartDMV',
  referrer: 'no-referrer',
  robots: { index: false },
};

type Props = { searchParams: Promise<{ token?: string | string[] }> };

// GET /signup/verify?token=… — public, apex host only: the link mailed by /signup; following it creates the clinic.
export default async function SignUpVerifyPage({ searchParams }: Props) {
  const token = (await searchParams).token;
  const view = await loadSignUpVerifyPage(typeof token === 'string' ? token : undefined);
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 px-4 py-12">
      <div className="w-full max-w-md rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h1 className="mb-4 text-xl font-semibold text-slate-900">Confirm your clinic</h1>
        {view.ok ? (
          <Alert tone="success" title="Your clinic is ready">
            Your e-mail is confirmed and your clinic has been created. Sign in at{' '}
            <a className="font-medium underline" href={`${view.siteUrl}/login`}>
              {view.siteUrl}
            </a>{' '}
            with the e-mail and password you chose.
          </Alert>
        ) : (
          <Alert tone="danger" title="This link cannot be used">
            <p>{view.message}</p>
            {view.siteUrl ? (
              <p className="mt-2">
                <a className="font-medium underline" href={`${view.siteUrl}/login`}>
                  Go to {view.siteUrl}
                </a>
              </p>
            ) : (
              <p className="mt-2">
                <a className="font-medium underline" href="/signup">
                  Sign up again
                </a>
              </p>
            )}
            {view.supportEmail ? (
              <p className="mt-2">
                Questions? Write to <a href={`mailto:${view.supportEmail}`}>{view.supportEmail}</a>.
              </p>
            ) : null}
          </Alert>
        )}
      </div>
    </main>
  );
}
