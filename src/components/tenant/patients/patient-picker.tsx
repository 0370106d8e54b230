'use client';

import { useEffect, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FieldError, Label } from '@/components/ui/field';
import { useFieldError } from '@/components/ui/form-errors';
import { Input } from '@/components/ui/input';
import { Spinner } from '@/components/ui/spinner';
import { tenantApi } from '../api-client';

export type PickedPatient = {
  id: string;
  name: string;
  species: string;
  client: { id: string; name: string };
};

/**
 * Finds a patient by name or microchip as the user types (debounced, stale answers discarded) and lets them pick
 * one. Results are limited to one practice when given, since bookings and prescriptions stay within a practice,
 * and to active patients unless `includeInactive` (filters over history, where the deceased still count).
 */
export function PatientPicker({
  value,
  onChange,
  practiceId,
  includeInactive = false,
  name,
  error: explicitError,
  label = 'Patient',
}: {
  value: PickedPatient | null;
  onChange: (patient: PickedPatient | null) => void;
  practiceId?: string;
  includeInactive?: boolean;
  /** Inside a form: the API field whose error message this picker shows (e.g. "patientId"). */
  name?: string;
  error?: string | null;
  label?: string;
}) {
  const id = useId();
  const error = useFieldError(name, explicitError);
  const [query, setQuery] = useState('');
  const q = query.trim();
  const searching = !value && q.length >= 1;
  // The last answer and the search it answers: while a newer search is loading, the previous matches stay listed.
  const [answer, setAnswer] = useState<{
    search: string;
    state: 'done' | 'failed';
    results: PickedPatient[];
  } | null>(null);
  const search = JSON.stringify([q, practiceId ?? null, includeInactive]);
  // Nothing to search (empty box or a patient picked): the old matches go, while rendering rather than in an effect.
  if (!searching && answer !== null) setAnswer(null);
  const results = searching ? (answer?.results ?? []) : [];
  const state = !searching ? 'idle' : answer?.search === search ? answer.state : 'loading';

  useEffect(() => {
    if (!searching) return;
    let cancelled = false;
    const run = async () => {
      const params = new URLSearchParams({ q, limit: '8' });
      if (!includeInactive) params.set('status', 'ACTIVE');
      if (practiceId) params.set('practiceId', practiceId);
      const result = await tenantApi<PickedPatient[]>('GET', `/api/patients?${params}`);
      if (cancelled) return;
      // A failed search keeps the previous matches listed, under the failure message.
      setAnswer((previous) =>
        result.ok
          ? { search, state: 'done', results: result.data }
          : { search, state: 'failed', results: previous?.results ?? [] },
      );
    };
    const timer = setTimeout(() => void run(), 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [searching, search, q, practiceId, includeInactive]);

  if (value) {
    return (
      <div className="space-y-1.5">
        <Label htmlFor={`${id}-selected`}>{label}</Label>
        <div
          id={`${id}-selected`}
          className="flex items-center justify-between gap-3 rounded-md bg-slate-50 px-3 py-2 ring-1 ring-slate-200"
        >
          <div className="min-w-0 text-sm">
            <p className="font-medium text-slate-900">
              {value.name} <span className="font-normal text-slate-500">· {value.species}</span>
            </p>
            <p className="truncate text-slate-500">Owner: {value.client.name}</p>
          </div>
          <Button variant="ghost" size="sm" onClick={() => onChange(null)}>
            Change
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="Search by name or microchip"
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-status`}
      />
      <p id={`${id}-status`} aria-live="polite" className="text-xs text-slate-500">
        {state === 'loading' ? (
          <span className="inline-flex items-center gap-2">
            <Spinner /> Searching…
          </span>
        ) : state === 'failed' ? (
          <span className="text-red-700">Search failed. Try again.</span>
        ) : state === 'done' ? (
          results.length === 0 ? (
            includeInactive ? (
              'No patient matches.'
            ) : (
              'No active patient matches.'
            )
          ) : (
            `${results.length} match${results.length === 1 ? '' : 'es'}`
          )
        ) : null}
      </p>
      {results.length > 0 ? (
        <ul className="max-h-56 divide-y divide-slate-100 overflow-y-auto rounded-md ring-1 ring-slate-200">
          {results.map((patient) => (
            <li key={patient.id}>
              <button
                type="button"
                onClick={() => onChange(patient)}
                className="flex w-full items-center justify-between gap-3 px-3 py-2 text-left text-sm hover:bg-brand-50 focus:bg-brand-50 focus:outline-none"
              >
                <span className="font-medium text-slate-900">
                  {patient.name} <span className="font-normal text-slate-500">· {patient.species}</span>
                </span>
                <span className="truncate text-slate-500">{patient.client.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <FieldError id={id}>{error}</FieldError>
    </div>
  );
}
