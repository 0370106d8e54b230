'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Alert } from './alert';
import { Button, type ButtonVariant } from './button';
import { Input } from './input';
import { Label } from './field';

type DialogProps = {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
};

/**
 * Modal built on the native <dialog>: showModal() makes the rest of the page inert, traps focus, closes on
 * Escape and returns focus to the opener when it closes — no hand-rolled focus management to get wrong.
 */
export function Dialog({ open, onClose, title, description, children, footer }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        // Escape: keep React state the source of truth instead of letting the element close itself.
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> element itself.
        if (event.target === ref.current) onClose();
      }}
      className="m-auto text-left max-h-[calc(100vh-2rem)] w-[min(36rem,calc(100vw-2rem))] overflow-y-auto rounded-lg bg-white p-0 text-slate-900 shadow-xl ring-1 ring-slate-200"
    >
      <div className="px-6 pt-5 pb-4">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        {description ? (
          <div id={descriptionId} className="mt-2 text-sm text-slate-600">
            {description}
          </div>
        ) : null}
        {children ? <div className="mt-4">{children}</div> : null}
      </div>
      {footer ? (
        <div className="sticky bottom-0 flex justify-end gap-2 rounded-b-lg border-t border-slate-200 bg-slate-50 px-6 py-3">
          {footer}
        </div>
      ) : null}
    </dialog>
  );
}

type ConfirmDialogProps = {
  /** The button that opens the dialog. */
  triggerLabel: ReactNode;
  triggerVariant?: ButtonVariant;
  triggerDisabled?: boolean;
  title: ReactNode;
  description?: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  tone?: 'danger' | 'primary';
  /** When set, the operator must type this exact text before confirming (irreversible actions). */
  requireText?: string;
  /** Resolve to an error message to keep the dialog open and show it; resolve to nothing to close. */
  onConfirm: () => Promise<string | void>;
};

export function ConfirmDialog({
  triggerLabel,
  triggerVariant = 'secondary',
  triggerDisabled,
  title,
  description,
  confirmLabel,
  pendingLabel,
  tone = 'primary',
  requireText,
  onConfirm,
}: ConfirmDialogProps) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const matches = requireText === undefined || typed === requireText;

  function close() {
    if (pending) return;
    setOpen(false);
    setTyped('');
    setError(null);
  }

  async function confirm() {
    if (!matches) return;
    setPending(true);
    setError(null);
    try {
      const message = await onConfirm();
      if (message) setError(message);
      else {
        setOpen(false);
        setTyped('');
      }
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <Button variant={triggerVariant} disabled={triggerDisabled} onClick={() => setOpen(true)}>
        {triggerLabel}
      </Button>
      <Dialog
        open={open}
        onClose={close}
        title={title}
        description={description}
        footer={
          <>
            <Button variant="secondary" onClick={close} disabled={pending}>
              Cancel
            </Button>
            <Button
              variant={tone}
              onClick={confirm}
              disabled={!matches}
              pending={pending}
              pendingLabel={pendingLabel}
            >
              {confirmLabel}
            </Button>
          </>
        }
      >
        {requireText !== undefined || error ? (
          <form
            className="space-y-3"
            onSubmit={(event) => {
              event.preventDefault();
              void confirm();
            }}
          >
            {requireText !== undefined ? (
              <div className="space-y-1.5">
                <Label htmlFor={inputId}>
                  Type <span className="font-mono font-semibold">{requireText}</span> to confirm
                </Label>
                <Input
                  id={inputId}
                  value={typed}
                  onChange={(event) => setTyped(event.target.value)}
                  autoComplete="off"
                  spellCheck={false}
                  autoFocus
                />
              </div>
            ) : null}
            {error ? <Alert tone="danger">{error}</Alert> : null}
          </form>
        ) : null}
      </Dialog>
    </>
  );
}
