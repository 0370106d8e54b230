'use client';

import { SelectField } from '@/components/ui/fields';

/**
 * The practice a new row belongs to, as a form field named `practiceId`. Shown only to users of more than one
 * practice: with one, there is nothing to choose and the form sends that practice (or the API picks it).
 */
export function PracticeField({
  practices,
  label = 'Practice',
}: {
  practices: Array<{ id: string; name: string }>;
  label?: string;
}) {
  if (practices.length < 2) return null;
  return (
    <SelectField label={label} name="practiceId">
      {practices.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </SelectField>
  );
}
