'use client';

import { useId, useState, type ReactNode } from 'react';
import type { ApiFailure } from './api-client';
import { Button, type ButtonSize, type ButtonVariant } from './button';
import { Dialog } from './dialog';
import { Form } from './form';
import { FormAlert } from './form-errors';

/** What the dialog needs from whatever sends the form (`useMutation()`'s result fits as it is). */
export type FormStatus = {
  /** Disables the buttons and keeps the dialog open until the request (and the re-render after it) is done. */
  pending: boolean;
  error?: ApiFailure | null;
  /** Clears the last failure; called when the trigger opens the dialog again. */
  reset?: () => void;
};

/** The trigger props a dialog component usually passes through from its own callers. */
export type FormDialogTriggerProps = { triggerLabel: string; triggerVariant?: ButtonVariant };

/** Handed to `onSubmit` with the entered values. */
export type FormDialogHelpers = { form: HTMLFormElement; close: () => void };

type FormDialogProps = {
  title: ReactNode;
  description?: ReactNode;
  status: FormStatus;
  /** Form-level and per-field messages of the form's own checks (see `<FormErrors>`). */
  message?: string | null;
  fieldErrors?: Readonly<Record<string, string>>;
  submitLabel: ReactNode;
  pendingLabel?: ReactNode;
  /** Receives the entered values; call `close()` once saved. */
  onSubmit: (data: FormData, helpers: FormDialogHelpers) => unknown;
  /** Called when the trigger opens the dialog, to clear state of the previous attempt. */
  onOpen?: () => void;
  /** Shown instead of the form and its buttons once set (e.g. a password that is displayed only once). */
  result?: ReactNode;
  /** The button that opens the dialog; leave out when the page opens it through `open`. */
  triggerLabel?: ReactNode;
  triggerVariant?: ButtonVariant;
  triggerSize?: ButtonSize;
  triggerDisabled?: boolean;
  triggerTitle?: string;
  /** Controlled mode: the caller owns the open state. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  children: ReactNode;
};

/**
 * A dialog holding one form: trigger button, the form-level alert, fields that pick up their error messages by
 * name, and Cancel / submit buttons. The form mounts each time the dialog opens, so it always starts from its
 * default values rather than from what was typed before a Cancel. Closing (Cancel, Escape, backdrop) waits while
 * a request is pending.
 */
export function FormDialog({
  title,
  description,
  status,
  message,
  fieldErrors,
  submitLabel,
  pendingLabel = 'Saving…',
  onSubmit,
  onOpen,
  result,
  triggerLabel,
  triggerVariant = 'primary',
  triggerSize,
  triggerDisabled,
  triggerTitle,
  open: controlledOpen,
  onOpenChange,
  children,
}: FormDialogProps) {
  const formId = useId();
  const [ownOpen, setOwnOpen] = useState(false);
  const open = controlledOpen ?? ownOpen;
  const { pending } = status;
  const showResult = result !== undefined && result !== null;

  const setOpen = (next: boolean) => {
    if (controlledOpen === undefined) setOwnOpen(next);
    onOpenChange?.(next);
  };
  const close = () => setOpen(false);
  const cancel = () => {
    if (!pending) close();
  };

  return (
    <>
      {triggerLabel !== undefined ? (
        <Button
          variant={triggerVariant}
          size={triggerSize}
          disabled={triggerDisabled}
          title={triggerTitle}
          onClick={() => {
            status.reset?.();
            onOpen?.();
            setOpen(true);
          }}
        >
          {triggerLabel}
        </Button>
      ) : null}
      <Dialog
        open={open}
        onClose={cancel}
        title={title}
        description={description}
        footer={
          open && !showResult ? (
            <>
              <Button variant="secondary" onClick={cancel} disabled={pending}>
                Cancel
              </Button>
              <Button type="submit" form={formId} pending={pending} pendingLabel={pendingLabel}>
                {submitLabel}
              </Button>
            </>
          ) : undefined
        }
      >
        {!open ? null : showResult ? (
          result
        ) : (
          <Form
            id={formId}
            error={status.error}
            fieldErrors={fieldErrors}
            message={message}
            onSubmit={(data, form) => onSubmit(data, { form, close })}
            className="space-y-4"
          >
            <FormAlert />
            {children}
          </Form>
        )}
      </Dialog>
    </>
  );
}
