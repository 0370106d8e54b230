'use client';

import { Button } from '@/components/ui/button';
import { useMutation } from '@/components/ui/use-mutation';

/** Retry a failed job or cancel a queued/running one from the Jobs page; the error shows under the button. */
export function JobActionButton({ jobId, action }: { jobId: string; action: 'retry' | 'cancel' }) {
  const { run, pending, error: failure } = useMutation();
  const retry = action === 'retry';
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        size="sm"
        variant={retry ? 'secondary' : 'ghost'}
        pending={pending}
        pendingLabel={retry ? 'Retrying…' : 'Cancelling…'}
        onClick={() =>
          run('POST', `/api/owner/jobs/${jobId}/${action}`, undefined, {
            success: retry ? 'The job was queued again.' : 'The job was cancelled.',
          })
        }
      >
        {retry ? 'Retry' : 'Cancel'}
      </Button>
      {failure ? (
        <p role="alert" className="max-w-48 text-xs text-red-700">
          {failure.message}
        </p>
      ) : null}
    </div>
  );
}
