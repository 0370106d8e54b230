'use client';

import { createContext, useContext, type ReactNode } from 'react';

/** The operator's support e-mail, handed from the clinic layout to client-side pages such as the outage page. */
const SupportEmailContext = createContext<string | null>(null);

export function SupportEmailProvider({ email, children }: { email: string | null; children: ReactNode }) {
  return <SupportEmailContext.Provider value={email}>{children}</SupportEmailContext.Provider>;
}

function useSupportEmail(): string | null {
  return useContext(SupportEmailContext);
}

/** "If it keeps happening, write to support@…": nothing when no address is configured. */
export function SupportLine({ prefix = 'If this keeps happening, write to' }: { prefix?: string }) {
  const email = useSupportEmail();
  if (!email) return null;
  return (
    <p className="mt-3 text-sm text-slate-600" data-testid="support-email">
      {prefix}{' '}
      <a className="font-medium text-brand-700 underline" href={`mailto:${email}`}>
        {email}
      </a>
      .
    </p>
  );
}
