'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import { uploadForm, type ApiFailure } from '../api-client';
import { formText } from '../form-data';

const CATEGORIES = [
  { value: 'medical-imaging', label: 'Medical imaging (radiographs, ultrasound)' },
  { value: 'documents', label: 'Documents (lab reports, referrals, consent forms)' },
  { value: 'uploads', label: 'Other' },
];

/** Uploads a file for the patient (optionally for one of its records); the server checks the type by content. */
export function UploadFileDialog({
  patientId,
  records,
  maxBytes,
}: {
  patientId: string;
  records: Array<{ id: string; label: string }>;
  maxBytes: number;
}) {
  const router = useRouter();
  const { notify } = useToast();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [error, setError] = useState<ApiFailure | string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = new FormData(event.currentTarget);
    const file = input.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setError('Choose a file.');
      return;
    }
    if (file.size > maxBytes) {
      setError(`The file is too large (at most ${Math.floor(maxBytes / 1024 / 1024)} MB).`);
      return;
    }
    const form = new FormData();
    form.set('category', formText(input, 'category'));
    form.set('patientId', patientId);
    const recordId = formText(input, 'medicalRecordId');
    if (recordId) form.set('medicalRecordId', recordId);
    form.set('file', file, file.name);
    setPending(true);
    setError(null);
    const result = await uploadForm('/api/files', form);
    setPending(false);
    if (!result.ok) {
      setError(result);
      return;
    }
    notify(`Uploaded ${file.name}.`);
    setOpen(false);
    startRefresh(() => router.refresh());
  }

  const message = typeof error === 'string' ? error : error?.message;
  return (
    <>
      <Button
        variant="secondary"
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        Upload file
      </Button>
      <Dialog
        open={open}
        onClose={() => !pending && setOpen(false)}
        title="Upload a file"
        description="Images, DICOM, PDF or plain text."
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {message ? <Alert tone="danger">{message}</Alert> : null}
          <Field id="upload-file" label="File" required>
            {(control) => (
              <input
                {...control}
                name="file"
                type="file"
                accept="image/*,.dcm,application/dicom,application/pdf,text/plain"
                className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-sm file:font-medium file:text-brand-800 hover:file:bg-brand-100"
              />
            )}
          </Field>
          <SelectField label="Kind" name="category" defaultValue="medical-imaging">
            {CATEGORIES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </SelectField>
          {records.length > 0 ? (
            <SelectField label="Attach to a visit (optional)" name="medicalRecordId" defaultValue="">
              <option value="">No particular visit</option>
              {records.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}
                </option>
              ))}
            </SelectField>
          ) : null}
          <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" pending={pending || refreshing} pendingLabel="Uploading…">
              Upload
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
