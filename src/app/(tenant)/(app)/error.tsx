'use client';

import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/states';
import { SupportLine } from '@/components/tenant/support-contact';

// A page that failed to render: say so inside the shell and offer a retry (the digest helps match server logs).
export default function TenantPageError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <Card>
      <ErrorState
        title="This page could not be loaded"
        description={`Something went wrong on our side. Try again in a moment.${error.digest ? ` (Reference ${error.digest})` : ''}`}
        action={<Button onClick={reset}>Try again</Button>}
      />
      <div className="px-6 pb-6 text-center">
        <SupportLine />
      </div>
    </Card>
  );
}
