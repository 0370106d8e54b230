'use client';

import type { FormHTMLAttributes } from 'react';
import { FormErrors, type FormErrorsProps } from './form-errors';

type FormProps = Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> &
  FormErrorsProps & {
    /** Called with the entered values; the browser's own submission is always prevented. */
    onSubmit: (data: FormData, form: HTMLFormElement) => unknown;
  };

/**
 * A form posting to our JSON API: its fields get their error messages from `error` by name (`<FormErrors>`), and
 * the browser's validation bubbles are off (`noValidate`), so the server's messages are the ones shown. Place a
 * `<FormAlert />` where the form-level message belongs.
 */
export function Form({ error, fieldErrors, message, onSubmit, children, ...rest }: FormProps) {
  return (
    <FormErrors error={error} fieldErrors={fieldErrors} message={message}>
      <form
        noValidate
        {...rest}
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit(new FormData(event.currentTarget), event.currentTarget);
        }}
      >
        {children}
      </form>
    </FormErrors>
  );
}
