'use client';

import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardFooter, CardHeader } from '@/components/ui/card';
import { Form } from '@/components/ui/form';
import { formText } from '@/components/ui/form-data';
import { FormAlert } from '@/components/ui/form-errors';
import { useMutation } from '@/components/ui/use-mutation';

type Props = {
  title: string;
  description: string;
  submitLabel: string;
  /** The toast once saved ("Settings saved."). */
  success: string;
  /** Support users see the values but cannot change them: the fields are disabled and there is no button. */
  editable: boolean;
  /** The part of the settings this card edits, read from its fields (`text`: a field's trimmed text). */
  toBody: (text: (key: string) => string, form: FormData) => Record<string, unknown>;
  fieldsClassName?: string;
  children: ReactNode;
};

/**
 * One card of the system settings (general, billing, backups): its own fields, saved on their own with
 * PUT /api/owner/settings, which changes only the keys it is sent.
 */
export function SettingsSectionForm({
  title,
  description,
  submitLabel,
  success,
  editable,
  toBody,
  fieldsClassName = 'space-y-4',
  children,
}: Props) {
  const { run, pending, error } = useMutation();
  return (
    <Form
      error={error}
      onSubmit={(form) =>
        run(
          'PUT',
          '/api/owner/settings',
          toBody((key) => formText(form, key).trim(), form),
          { success },
        )
      }
    >
      <Card>
        <CardHeader title={title} description={description} />
        <CardBody>
          <FormAlert className="mb-4" />
          <fieldset disabled={!editable} className={fieldsClassName}>
            {children}
          </fieldset>
        </CardBody>
        {editable ? (
          <CardFooter>
            <Button type="submit" pending={pending} pendingLabel="Saving…">
              {submitLabel}
            </Button>
          </CardFooter>
        ) : null}
      </Card>
    </Form>
  );
}
