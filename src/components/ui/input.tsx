import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { cn } from './cn';
import { Field } from './field';

/** Base look of every text-like control; the red ring follows `aria-invalid`, so state and styling never drift. */
export const controlClasses =
  'block w-full rounded-md border-0 bg-white px-3 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 ' +
  'placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-600 focus:outline-none ' +
  'disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-500 ' +
  'aria-invalid:ring-red-500 aria-invalid:focus:ring-red-600';

export function Input({ className, ...rest }: InputHTMLAttributes<HTMLInputElement>) {
  return <input className={cn(controlClasses, 'h-10', className)} {...rest} />;
}

export function Select({ className, ...rest }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={cn(controlClasses, 'h-10 pr-8', className)} {...rest} />;
}

export function Textarea({ className, rows = 4, ...rest }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea rows={rows} className={cn(controlClasses, 'py-2', className)} {...rest} />;
}

type FieldExtras = { label: string; hint?: string; error?: string | null; fieldClassName?: string };

/** `<Field>` + `<Input>` in one: `id` defaults to `name`. */
export function TextField({
  label,
  hint,
  error,
  fieldClassName,
  id,
  name,
  required,
  ...rest
}: InputHTMLAttributes<HTMLInputElement> & FieldExtras) {
  const controlId = id ?? name ?? label;
  return (
    <Field
      id={controlId}
      label={label}
      hint={hint}
      error={error}
      required={required}
      className={fieldClassName}
    >
      {(control) => <Input name={name} {...control} {...rest} />}
    </Field>
  );
}

export function SelectField({
  label,
  hint,
  error,
  fieldClassName,
  id,
  name,
  required,
  ...rest
}: SelectHTMLAttributes<HTMLSelectElement> & FieldExtras) {
  const controlId = id ?? name ?? label;
  return (
    <Field
      id={controlId}
      label={label}
      hint={hint}
      error={error}
      required={required}
      className={fieldClassName}
    >
      {(control) => <Select name={name} {...control} {...rest} />}
    </Field>
  );
}

export function TextareaField({
  label,
  hint,
  error,
  fieldClassName,
  id,
  name,
  required,
  ...rest
}: TextareaHTMLAttributes<HTMLTextAreaElement> & FieldExtras) {
  const controlId = id ?? name ?? label;
  return (
    <Field
      id={controlId}
      label={label}
      hint={hint}
      error={error}
      required={required}
      className={fieldClassName}
    >
      {(control) => <Textarea name={name} {...control} {...rest} />}
    </Field>
  );
}
