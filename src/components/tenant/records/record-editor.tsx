'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useEffectEvent, useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardFooter, CardHeader } from '@/components/ui/card';
import { TextField, TextareaField } from '@/components/ui/fields';
import { Form } from '@/components/ui/form';
import { FormAlert } from '@/components/ui/form-errors';
import { useToast } from '@/components/ui/toast';
import type { ClinicalContent, RecordView } from '@/server/tenant/pages/view-types';
import { tenantApi, type ApiFailure } from '../api-client';
import { DiagnosesInput } from './diagnoses-input';
import {
  SOAP_FIELDS,
  SOAP_MAX_LENGTH,
  VITAL_FIELDS,
  cleanDiagnoses,
  parseVital,
  type Diagnosis,
  type SoapKey,
} from './record-fields';

/** Quiet time after the last keystroke before a draft saves itself. */
const AUTOSAVE_DELAY_MS = 4_000;

type VitalStrings = Record<(typeof VITAL_FIELDS)[number]['key'], string>;

function initialVitals(content: ClinicalContent): VitalStrings {
  return Object.fromEntries(
    VITAL_FIELDS.map((f) => [f.key, content.vitals[f.key]?.toString() ?? '']),
  ) as VitalStrings;
}

/**
 * The draft editor: SOAP notes, vitals and diagnoses, saved with the version the editor read (a concurrent edit
 * answers 409 instead of being overwritten). Veterinarians can sign, which saves pending changes first and then
 * locks the record for good.
 */
export function RecordEditor({ record, canSign }: { record: RecordView; canSign: boolean }) {
  const router = useRouter();
  const { notify } = useToast();
  const [refreshing, startRefresh] = useTransition();
  const [version, setVersion] = useState(record.version);
  const [soap, setSoap] = useState<Record<SoapKey, string>>({
    subjective: record.subjective ?? '',
    objective: record.objective ?? '',
    assessment: record.assessment ?? '',
    plan: record.plan ?? '',
  });
  const [vitals, setVitals] = useState<VitalStrings>(initialVitals(record));
  const [diagnoses, setDiagnoses] = useState<Diagnosis[]>(record.diagnoses);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<'save' | 'sign' | null>(null);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [confirmSign, setConfirmSign] = useState(false);
  const editsRef = useRef(0);

  function body() {
    const parsed: Record<string, number | null> = {};
    const problems: Record<string, string> = {};
    for (const field of VITAL_FIELDS) {
      const value = parseVital(vitals[field.key]);
      if (value === 'invalid') problems[`vitals.${field.key}`] = 'Enter a number.';
      else parsed[field.key] = value;
    }
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return null;
    return {
      ...soap,
      vitals: parsed,
      diagnoses: cleanDiagnoses(diagnoses),
    };
  }

  async function save(): Promise<number | null> {
    const content = body();
    if (!content) return null;
    const editsAtStart = editsRef.current;
    const result = await tenantApi<RecordView>('PATCH', `/api/medical-records/${record.id}`, {
      version,
      ...content,
    });
    if (!result.ok) {
      setError(result);
      return null;
    }
    setVersion(result.data.version);
    // Typing went on while the request was out: those keystrokes are still unsaved.
    if (editsRef.current === editsAtStart) setDirty(false);
    return result.data.version;
  }

  async function onSave() {
    setBusy('save');
    setError(null);
    const saved = await save();
    setBusy(null);
    if (saved !== null) {
      notify('Draft saved.');
      startRefresh(() => router.refresh());
    }
  }

  async function onSign() {
    setBusy('sign');
    setError(null);
    const current = dirty ? await save() : version;
    if (current === null) {
      setBusy(null);
      return;
    }
    const result = await tenantApi<RecordView>('POST', `/api/medical-records/${record.id}/sign`, {
      version: current,
    });
    setBusy(null);
    setConfirmSign(false);
    if (!result.ok) {
      setError(result);
      return;
    }
    notify('Record signed and locked.');
    startRefresh(() => router.refresh());
  }

  const pending = busy !== null || refreshing;
  const [autosaved, setAutosaved] = useState(false);

  // Autosave: a draft is versioned already, so saving quietly a few seconds after the last keystroke loses nothing
  // and costs one version. A stale version (someone else saved) stops it; the form says why.
  // An effect event: the timer saves the latest notes without restarting the countdown on every render.
  const autosave = useEffectEvent(() => save());
  const [edits, setEdits] = useState(0);
  useEffect(() => {
    if (!dirty || busy !== null || error?.code === 'STALE_VERSION') return;
    const timer = setTimeout(() => {
      void autosave().then((saved) => setAutosaved(saved !== null));
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, busy, edits, error?.code]);

  // Leaving with unsaved notes asks first: a reload or closed tab (beforeunload), and any link in the app.
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
      if ((link as HTMLAnchorElement).target === '_blank') return;
      if (!window.confirm('Your notes have unsaved changes. Leave this page without saving them?')) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty]);

  return (
    <Form
      error={error}
      fieldErrors={localErrors}
      message={
        error?.code === 'STALE_VERSION'
          ? 'Someone else changed this record since you opened it. Reload the page to see their changes.'
          : null
      }
      onSubmit={onSave}
      onChange={() => {
        setDirty(true);
        setAutosaved(false);
        editsRef.current += 1;
        setEdits((n) => n + 1);
      }}
    >
      <Card>
        <CardHeader
          title="Clinical notes"
          description="SOAP notes, vitals and diagnoses. Drafts can be edited until a veterinarian signs them."
        />
        <CardBody className="space-y-6">
          <FormAlert />
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            {SOAP_FIELDS.map((field) => (
              <TextareaField
                key={field.key}
                label={field.label}
                name={field.key}
                maxLength={SOAP_MAX_LENGTH}
                hint={field.hint}
                rows={5}
                value={soap[field.key]}
                onChange={(e) => setSoap((s) => ({ ...s, [field.key]: e.target.value }))}
              />
            ))}
          </div>
          <fieldset>
            <legend className="mb-3 text-sm font-medium text-slate-800">Vitals</legend>
            <div className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
              {VITAL_FIELDS.map((field) => (
                <TextField
                  key={field.key}
                  label={`${field.label} (${field.unit})`}
                  name={`vitals.${field.key}`}
                  type="number"
                  inputMode="decimal"
                  step={field.step}
                  min={field.min}
                  max={field.max}
                  value={vitals[field.key]}
                  onChange={(e) => setVitals((v) => ({ ...v, [field.key]: e.target.value }))}
                />
              ))}
            </div>
          </fieldset>
          <DiagnosesInput
            value={diagnoses}
            onChange={(next) => {
              setDiagnoses(next);
              setDirty(true);
            }}
          />
        </CardBody>
        <CardFooter className="justify-between">
          <p className="text-sm text-slate-500" aria-live="polite">
            {dirty
              ? 'Unsaved changes'
              : `Draft · version ${version}${autosaved ? ' · saved automatically' : ''}`}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button
              type="submit"
              variant="secondary"
              pending={busy === 'save'}
              pendingLabel="Saving…"
              disabled={pending}
            >
              Save draft
            </Button>
            {canSign ? (
              confirmSign ? (
                <>
                  <Button variant="ghost" onClick={() => setConfirmSign(false)} disabled={pending}>
                    Not yet
                  </Button>
                  <Button
                    onClick={onSign}
                    pending={busy === 'sign'}
                    pendingLabel="Signing…"
                    disabled={pending}
                  >
                    Sign and lock
                  </Button>
                </>
              ) : (
                <Button onClick={() => setConfirmSign(true)} disabled={pending}>
                  Sign record
                </Button>
              )
            ) : null}
          </div>
        </CardFooter>
        {confirmSign ? (
          <div
            className="border-t border-amber-200 bg-amber-50 px-5 py-3 text-sm text-amber-900"
            role="status"
          >
            Signing locks the record. Later corrections are added as amendments; the signed text stays as it
            is.
          </div>
        ) : null}
      </Card>
    </Form>
  );
}
