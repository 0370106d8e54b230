'use client';

import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/fields';
import { FormDialog, type FormDialogHelpers } from '@/components/ui/form-dialog';
import { formText } from '@/components/ui/form-data';
import { useMutation } from '@/components/ui/use-mutation';

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
  const mutation = useMutation();
  // Checked here before sending: no point uploading megabytes the server will refuse.
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(input: FormData, { close }: FormDialogHelpers) {
    const file = input.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setProblem('Choose a file.');
      return;
    }
    if (file.size > maxBytes) {
      setProblem(`The file is too large (at most ${Math.floor(maxBytes / 1024 / 1024)} MB).`);
      return;
    }
    setProblem(null);
    const form = new FormData();
    form.set('category', formText(input, 'category'));
    form.set('patientId', patientId);
    const recordId = formText(input, 'medicalRecordId');
    if (recordId) form.set('medicalRecordId', recordId);
    form.set('file', file, file.name);
    const result = await mutation.upload('/api/files', form, { success: `Uploaded ${file.name}.` });
    if (result.ok) close();
  }

  return (
    <FormDialog
      triggerLabel="Upload file"
      triggerVariant="secondary"
      title="Upload a file"
      description="Images, DICOM, PDF or plain text."
      submitLabel="Upload"
      pendingLabel="Uploading…"
      status={mutation}
      message={problem}
      onOpen={() => setProblem(null)}
      onSubmit={onSubmit}
    >
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
    </FormDialog>
  );
}
