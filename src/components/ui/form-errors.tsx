'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Alert } from './alert';
import { formErrorText, type ApiFailure } from './api-client';

/**
 * Error messages of one form, handed to its fields by name. Every field that renders registers the keys it
 * answers for; the form-level alert then says only what no field shows, so no complaint of the server is lost
 * (a field that is not rendered, such as a practice picker hidden for single-practice clinics, shows nothing).
 *
 * Keys are the API's dotted paths ("admin.email", "diagnoses.0.description"). A field answers for its key and
 * everything under it: a `diagnoses` list shows `diagnoses.0.description`, a `practiceIds` group `practiceIds.1`.
 */
type FormErrorsValue = {
  failure: ApiFailure | null;
  /** Server messages overlaid with the form's own checks. */
  messages: Readonly<Record<string, string>>;
  message: string | null;
  shown: ReadonlyMap<string, number>;
  register: (key: string) => () => void;
};

const noFieldErrors: FormErrorsValue = {
  failure: null,
  messages: {},
  message: null,
  shown: new Map(),
  register: () => () => {},
};

const FormErrorsContext = createContext<FormErrorsValue>(noFieldErrors);

const covers = (fieldKey: string, errorKey: string) =>
  errorKey === fieldKey || errorKey.startsWith(`${fieldKey}.`);

/** The message for a key: its own, else the first of a key under it. */
function messageFor(messages: Readonly<Record<string, string>>, key: string): string | undefined {
  return messages[key] ?? Object.entries(messages).find(([errorKey]) => covers(key, errorKey))?.[1];
}

export type FormErrorsProps = {
  /** The last failed request; its field messages go beside their fields, the rest into `<FormAlert>`. */
  error?: ApiFailure | null;
  /** Messages of checks made before sending, by field; they win over the server's. */
  fieldErrors?: Readonly<Record<string, string>>;
  /** A form-level message of the form's own (e.g. "Change at least one field"); replaces the server's. */
  message?: string | null;
  children: ReactNode;
};

export function FormErrors({ error = null, fieldErrors, message = null, children }: FormErrorsProps) {
  const [shown, setShown] = useState<ReadonlyMap<string, number>>(() => new Map());

  // Counted, so two controls answering for one key (or a remount in development) never unregister it early.
  const register = useCallback((key: string) => {
    setShown((previous) => new Map(previous).set(key, (previous.get(key) ?? 0) + 1));
    return () =>
      setShown((previous) => {
        const next = new Map(previous);
        const count = (next.get(key) ?? 1) - 1;
        if (count > 0) next.set(key, count);
        else next.delete(key);
        return next;
      });
  }, []);

  const value = useMemo<FormErrorsValue>(
    () => ({
      failure: error,
      messages: { ...(error?.fields ?? {}), ...fieldErrors },
      message,
      shown,
      register,
    }),
    [error, fieldErrors, message, shown, register],
  );
  return <FormErrorsContext.Provider value={value}>{children}</FormErrorsContext.Provider>;
}

/**
 * The error message of the field answering for `keys` (the first that has one), and registers those keys as
 * shown. An `explicit` message (or `null`) replaces the lookup, for controls that check themselves.
 */
export function useFieldError(
  keys: string | readonly string[] | undefined,
  explicit?: string | null,
): string | null {
  const { messages, register } = useContext(FormErrorsContext);
  const list = keys === undefined ? [] : typeof keys === 'string' ? [keys] : keys;
  // A stable dependency for the effect even when the caller passes a fresh array each render.
  const joined = list.join('\n');
  useEffect(() => {
    if (joined === '') return;
    const unregister = joined.split('\n').map(register);
    return () => unregister.forEach((off) => off());
  }, [joined, register]);
  if (explicit !== undefined) return explicit;
  for (const key of list) {
    const found = messageFor(messages, key);
    if (found) return found;
  }
  return null;
}

/**
 * For controls that render a variable list of rows (diagnoses): registers `key` as shown, so everything under it
 * counts as shown, and returns an exact lookup for the rows' own keys ("diagnoses.0.description").
 */
export function useFieldErrorLookup(key: string): (errorKey: string) => string | null {
  const { messages } = useContext(FormErrorsContext);
  useFieldError(key, null);
  return useCallback((errorKey: string) => messages[errorKey] ?? null, [messages]);
}

/**
 * The form-level error: the form's own message, else what of the failure no field shows. `title` and `action`
 * go to the `<Alert>` (e.g. "The tenant was not created" with a Retry button).
 */
export function FormAlert({
  className,
  title,
  action,
}: {
  className?: string;
  title?: ReactNode;
  action?: ReactNode;
}) {
  const { failure, message, shown } = useContext(FormErrorsContext);
  const text =
    message ?? formErrorText(failure, (key) => [...shown.keys()].some((fieldKey) => covers(fieldKey, key)));
  return text ? (
    <Alert tone="danger" title={title} action={action} className={className}>
      {text}
    </Alert>
  ) : null;
}
