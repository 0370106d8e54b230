'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { tenantApi } from '../api-client';

/** Opens a new draft medical record for the patient (optionally linked to an appointment) and goes to its editor. */
export function NewRecordButton({
  patientId,
  appointmentId,
  label = 'New medical record',
}: {
  patientId: string;
  appointmentId?: string;
  label?: string;
}) {
  const router = useRouter();
  const { notify } = useToast();
  const [pending, setPending] = useState(false);
  async function create() {
    setPending(true);
    const result = await tenantApi<{ id: string }>(
      'POST',
      '/api/medical-records',
      appointmentId ? { patientId, appointmentId } : { patientId },
    );
    if (result.ok) router.push(`/records/${result.data.id}`);
    else {
      setPending(false);
      notify(result.message, 'danger');
    }
  }
  return (
    <Button onClick={create} pending={pending} pendingLabel="Opening…">
      {label}
    </Button>
  );
}
