'use client';

import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/states';

/** Unexpected failures inside the console keep the navigation usable and offer a retry. */
export default function OwnerConsoleError({
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
        description={
          <>
            Something went wrong on the server. Try again; if it keeps happening, check the server logs
            {error.digest ? (
              <>
                {' '}
                for reference <span className="font-mono">{error.digest}</span>
              </>
            ) : null}
            .
          </>
        }
        action={<Button onClick={reset}>Try again</Button>}
      />
    </Card>
  );
}
