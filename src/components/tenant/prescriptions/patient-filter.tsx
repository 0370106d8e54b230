'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { ButtonLink } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { PatientPicker, type PickedPatient } from '../patients/patient-picker';
import { listHref } from '../search-form';

/**
 * The prescriptions list's patient filter. The choice lives in the URL (`?patientId=`), like every list filter,
 * so a filtered list can be bookmarked and linked to from the patient's page. "Change" only reopens the search;
 * the list follows once another patient is picked, or "All patients" is chosen.
 */
export function PrescriptionPatientFilter({
  patient,
  status,
}: {
  patient: PickedPatient | null;
  /** The status filter, kept when the patient changes. */
  status: string | undefined;
}) {
  const router = useRouter();
  const [value, setValue] = useState(patient);
  const [navigating, startNavigation] = useTransition();

  return (
    <div className="w-full max-w-md space-y-2">
      <PatientPicker
        label="Patient"
        value={value}
        includeInactive
        onChange={(next) => {
          setValue(next);
          if (next) {
            startNavigation(() => router.push(listHref('/prescriptions', { status, patientId: next.id })));
          }
        }}
      />
      {patient || navigating ? (
        <div className="flex items-center gap-2">
          {patient ? (
            <ButtonLink href={listHref('/prescriptions', { status })} size="sm" variant="ghost">
              All patients
            </ButtonLink>
          ) : null}
          {navigating ? <Spinner label="Loading prescriptions" /> : null}
        </div>
      ) : null}
    </div>
  );
}
