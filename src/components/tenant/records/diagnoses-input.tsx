'use client';

import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { FieldError, describedBy } from '@/components/ui/field';
import { useFieldErrorLookup } from '@/components/ui/form-errors';
import { Input } from '@/components/ui/input';
import type { Diagnosis } from './record-fields';

/**
 * An editable list of diagnoses (optional code + description). Inside a form, row errors come from the form's
 * messages under `name` ("diagnoses.0.description", or "changes.diagnoses.0.description" in an amendment).
 */
export function DiagnosesInput({
  value,
  onChange,
  name = 'diagnoses',
}: {
  value: Diagnosis[];
  onChange: (next: Diagnosis[]) => void;
  name?: string;
}) {
  const id = useId();
  const errorFor = useFieldErrorLookup(name);
  const listError = errorFor(name);
  const update = (index: number, patch: Partial<Diagnosis>) =>
    onChange(value.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">Diagnoses</legend>
      {value.length === 0 ? <p className="text-sm text-slate-500">No diagnosis recorded.</p> : null}
      {value.map((diagnosis, index) => {
        const row = `${name}.${index}`;
        const error = errorFor(`${row}.description`) ?? errorFor(`${row}.code`) ?? errorFor(row);
        const rowId = `${id}-${index}`;
        return (
          <div key={index} className="space-y-1">
            <div className="flex gap-2">
              {/* Widths live on wrappers: the design system's controls are always full width. */}
              <div className="w-36 shrink-0">
                <Input
                  aria-label={`Diagnosis ${index + 1} code`}
                  placeholder="Code (optional)"
                  maxLength={40}
                  value={diagnosis.code ?? ''}
                  onChange={(e) => update(index, { code: e.target.value || undefined })}
                />
              </div>
              <div className="min-w-0 flex-1">
                <Input
                  aria-label={`Diagnosis ${index + 1} description`}
                  placeholder="Description"
                  maxLength={500}
                  value={diagnosis.description}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy(rowId, null, error)}
                  onChange={(e) => update(index, { description: e.target.value })}
                />
              </div>
              <Button
                variant="ghost"
                size="sm"
                className="h-10"
                aria-label={`Remove diagnosis ${index + 1}`}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                Remove
              </Button>
            </div>
            <FieldError id={rowId}>{error}</FieldError>
          </div>
        );
      })}
      <FieldError id={id}>{listError}</FieldError>
      <Button variant="secondary" size="sm" onClick={() => onChange([...value, { description: '' }])}>
        Add diagnosis
      </Button>
    </fieldset>
  );
}
