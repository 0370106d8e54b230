'use client';

import { useId, type ComponentType, type InputHTMLAttributes, type ReactNode } from 'react';
import { cn } from './cn';
import { Field, FieldError, FieldHint, describedBy } from './field';
import { useFieldError } from './form-errors';
import { DateInput } from './date-input';
import { Input, Select, Textarea } from './input';

/**
 * Labelled form fields. Inside a `<Form>` / `<FormErrors>` each picks up its error message by `name` (or by
 * `errorKey` when the API calls the value something else); an explicit `error` replaces that lookup.
 */
type FieldOptions = {
  label: string;
  hint?: ReactNode;
  /** A message of the caller's own; `null` shows none. Leave undefined to use the form's message for the field. */
  error?: string | null;
  /** The API field(s) this control answers for when they differ from `name` (the first with a message wins). */
  errorKey?: string | readonly string[];
  fieldClassName?: string;
};

type ControlBase = { id?: string; name?: string; required?: boolean };

/** `<Field>` around a bare control: `id` defaults to `name`, and label, hint and error are wired to it. */
function labelled<P extends ControlBase>(Control: ComponentType<P>) {
  function LabelledField({
    label,
    hint,
    error,
    errorKey,
    fieldClassName,
    id,
    ...rest
  }: Omit<P, keyof FieldOptions> & FieldOptions) {
    const message = useFieldError(errorKey ?? rest.name, error);
    return (
      <Field
        id={id ?? rest.name ?? label}
        label={label}
        hint={hint}
        error={message}
        required={rest.required}
        className={fieldClassName}
      >
        {(control) => <Control {...control} {...(rest as unknown as P)} />}
      </Field>
    );
  }
  LabelledField.displayName = `Labelled(${Control.displayName ?? Control.name})`;
  return LabelledField;
}

export const TextField = labelled(Input);
export const SelectField = labelled(Select);
export const TextareaField = labelled(Textarea);
/** A calendar date shown as the app shows dates (see DateInput); the form gets YYYY-MM-DD. */
export const DateField = labelled(DateInput);

type CheckboxRowProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
};

/** A checkbox with its label (clicking the text toggles it), hint and error linked for screen readers. */
function CheckboxRow({ id, label, hint, error, className, ...rest }: CheckboxRowProps) {
  return (
    <div className={cn('flex items-start gap-2.5', className)}>
      <input
        id={id}
        type="checkbox"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="mt-0.5 size-4 shrink-0 cursor-pointer rounded border-slate-300 accent-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        {...rest}
      />
      <div>
        <label htmlFor={id} className="cursor-pointer text-sm font-medium text-slate-800">
          {label}
        </label>
        <FieldHint id={id}>{hint}</FieldHint>
        <FieldError id={id}>{error}</FieldError>
      </div>
    </div>
  );
}

/** One labelled checkbox (`id` defaults to `name`); it is "on" in FormData when ticked. */
export function CheckboxField({
  id,
  error,
  errorKey,
  ...rest
}: Omit<CheckboxRowProps, 'id'> & { id?: string; errorKey?: string }) {
  const message = useFieldError(errorKey ?? rest.name, error);
  const fallbackId = useId();
  return <CheckboxRow id={id ?? rest.name ?? fallbackId} error={message} {...rest} />;
}

/**
 * Several checkboxes sharing one `name` (FormData.getAll(name) gives the ticked values), under a legend, with
 * one error message for the whole group.
 */
export function CheckboxGroup({
  legend,
  hint,
  name,
  options,
  defaultValue = [],
  error,
  className,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  name: string;
  options: ReadonlyArray<{ value: string; label: ReactNode }>;
  defaultValue?: readonly string[];
  error?: string | null;
  className?: string;
}) {
  const id = useId();
  const message = useFieldError(name, error);
  return (
    <fieldset className={className} aria-describedby={describedBy(id, hint, message)}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <FieldHint id={id} className="mb-2">
        {hint}
      </FieldHint>
      <div className="space-y-1.5">
        {options.map((option) => (
          <CheckboxRow
            key={option.value}
            id={`${id}-${option.value}`}
            name={name}
            value={option.value}
            label={option.label}
            defaultChecked={defaultValue.includes(option.value)}
          />
        ))}
      </div>
      <FieldError id={id} className="mt-1">
        {message}
      </FieldError>
    </fieldset>
  );
}
