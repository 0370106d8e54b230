import type { LabelHTMLAttributes, ReactNode } from 'react';
import { cn } from './cn';

export function Label({ className, ...rest }: LabelHTMLAttributes<HTMLLabelElement>) {
  return <label className={cn('block text-sm font-medium text-slate-800', className)} {...rest} />;
}

/** Props a form control needs so assistive technology links it to its label, hint and error. */
export type ControlProps = {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  required?: boolean;
};

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

/** The `aria-describedby` of a control with this hint and error (ids as FieldHint and FieldError give them). */
export function describedBy(id: string, hint: ReactNode, error: ReactNode): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

const noteClasses = { hint: 'text-xs text-slate-500', error: 'text-xs font-medium text-red-700' };

type NoteProps = { id: string; children?: ReactNode; className?: string };

function FieldNote({ kind, id, children, className }: NoteProps & { kind: 'hint' | 'error' }) {
  return children ? (
    <p id={`${id}-${kind}`} className={cn(noteClasses[kind], className)}>
      {children}
    </p>
  ) : null;
}

/** The hint under the control `id`, for its `aria-describedby` (see `describedBy`); nothing when empty. */
export function FieldHint(props: NoteProps) {
  return <FieldNote kind="hint" {...props} />;
}

/** The error message under the control `id`, for its `aria-describedby`; nothing when empty. */
export function FieldError(props: NoteProps) {
  return <FieldNote kind="error" {...props} />;
}

/**
 * A labelled form row. The control is rendered through `children(control)` so the label's `htmlFor`, the hint
 * and the error message are always wired to it (`aria-describedby`, `aria-invalid`) — the error is read out
 * when the field is focused, not just shown in red.
 */
export function Field({ id, label, hint, error, required, className, children }: FieldProps) {
  return (
    <div className={cn('space-y-1.5', className)}>
      <Label htmlFor={id}>
        {label}
        {required ? (
          <span className="ml-0.5 text-red-600" aria-hidden="true">
            *
          </span>
        ) : null}
      </Label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy(id, hint, error),
        required,
      })}
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id}>{error}</FieldError>
    </div>
  );
}

/** Groups related fields with a visible legend (radio groups, address blocks, "first administrator"). */
export function Fieldset({
  legend,
  description,
  children,
  className,
}: {
  legend: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <fieldset className={cn('space-y-4', className)}>
      <legend className="text-sm font-semibold text-slate-900">{legend}</legend>
      {description ? <p className="-mt-3 text-sm text-slate-500">{description}</p> : null}
      {children}
    </fieldset>
  );
}
