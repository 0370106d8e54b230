'use client';

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { cn } from './cn';

type Toast = { id: number; tone: 'success' | 'danger' | 'info'; message: string };
type ToastApi = {
  notify: (message: string, tone?: Toast['tone']) => void;
  /** Drops the toasts on screen: a new attempt starts, so an earlier "saved" no longer describes the form. */
  clear: () => void;
};

const ToastContext = createContext<ToastApi | null>(null);

const tones: Record<Toast['tone'], string> = {
  success: 'border-l-emerald-500',
  danger: 'border-l-red-500',
  info: 'border-l-sky-500',
};

/**
 * Transient confirmations ("Domain added") after a mutation. The region is always in the DOM so screen readers
 * announce new messages (a live region added together with its text is often missed).
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const notify = useCallback((message: string, tone: Toast['tone'] = 'success') => {
    setToasts((current) => [...current.slice(-2), { id: Date.now() + Math.random(), tone, message }]);
  }, []);
  const clear = useCallback(() => setToasts([]), []);

  return (
    <ToastContext.Provider value={{ notify, clear }}>
      {children}
      <div
        aria-live="polite"
        className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-80 flex-col gap-2"
      >
        {toasts.map((toast) => (
          <ToastItem
            key={toast.id}
            toast={toast}
            onDone={() => setToasts((current) => current.filter((t) => t.id !== toast.id))}
          />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onDone }: { toast: Toast; onDone: () => void }) {
  useEffect(() => {
    const timer = setTimeout(onDone, 5000);
    return () => clearTimeout(timer);
  }, [onDone]);
  return (
    <div
      className={cn(
        'pointer-events-auto flex items-start gap-3 rounded-md border-l-4 bg-white px-4 py-3 text-sm text-slate-800 shadow-lg ring-1 ring-slate-200',
        tones[toast.tone],
      )}
    >
      <p className="flex-1">{toast.message}</p>
      <button
        type="button"
        onClick={onDone}
        className="text-slate-400 hover:text-slate-700"
        aria-label="Dismiss notification"
      >
        ×
      </button>
    </div>
  );
}

const noToasts: ToastApi = { notify: () => undefined, clear: () => undefined };

/** Falls back to a no-op outside a provider so a component never crashes for lack of one. */
export function useToast(): ToastApi {
  return useContext(ToastContext) ?? noToasts;
}
