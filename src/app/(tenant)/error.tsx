'use client';

import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/states';
import { SupportLine } from '@/components/tenant/support-contact';

// The outage page: the clinic's data could not be reached at all (the shell itself failed), e.g. its database is down.
export default function TenantOutage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <Card className="w-full max-w-md">
        <ErrorState
          title="The clinic is temporarily unavailable"
          description="We could not reach this clinic's data. Nothing has been lost; try again in a moment."
          action={<Button onClick={reset}>Try again</Button>}
        />
        <div className="px-6 pb-6 text-center">
          <SupportLine />
        </div>
      </Card>
    </main>
  );
}
