'use client';

import { useRef, useState, type ChangeEvent } from 'react';
import { formatPlainDate } from '@/lib/format/dates';
import { parseTypedDate } from '@/lib/format/parse-date';
import { Input } from './input';
import type { ControlProps } from './field';

type DateInputProps = Partial<ControlProps> & {
  name?: string;
  /** YYYY-MM-DD. */
  defaultValue?: string;
  autoFocus?: boolean;
  disabled?: boolean;
};

const INVALID = 'Enter a date such as 3 Mar 2026.';

/**
 * A date typed or picked, shown as the app shows every date ("3 Mar 2026"), whatever the browser's language:
 * `<input type="date">` displays the browser's own format (12/01/2026 in a US browser) beside pages that say
 * "1 Dec 2026". The form gets YYYY-MM-DD under `name` (a hidden input); the calendar button opens the browser's
 * own date picker. Typed text is read day first ("1/12/2026", "1 Dec 2026") or as ISO ("2026-12-01").
 */
export function DateInput({
  name,
  defaultValue = '',
  id,
  required,
  disabled,
  autoFocus,
  ...aria
}: DateInputProps) {
  const [value, setValue] = useState(defaultValue);
  const [text, setText] = useState(defaultValue ? formatPlainDate(defaultValue) : '');
  const picker = useRef<HTMLInputElement>(null);

  function onType(event: ChangeEvent<HTMLInputElement>) {
    const typed = event.currentTarget.value;
    const parsed = typed.trim() ? parseTypedDate(typed) : '';
    setText(typed);
    setValue(parsed ?? '');
    // The browser's own validation stops the submit and says what to type, like any other invalid field.
    event.currentTarget.setCustomValidity(parsed === null ? INVALID : '');
  }

  function onPick(event: ChangeEvent<HTMLInputElement>) {
    const picked = event.currentTarget.value;
    setValue(picked);
    setText(picked ? formatPlainDate(picked) : '');
    // A picked date replaces whatever was typed, so the typed field's complaint goes too.
    event.currentTarget.parentElement
      ?.querySelector<HTMLInputElement>('input[type="text"]')
      ?.setCustomValidity('');
  }

  return (
    <div className="relative">
      <Input
        id={id}
        type="text"
        inputMode="text"
        autoComplete="off"
        placeholder="e.g. 3 Mar 2026"
        value={text}
        onChange={onType}
        // Once typed, the date reads as everywhere else in the app.
        onBlur={() => {
          if (value) setText(formatPlainDate(value));
        }}
        required={required}
        disabled={disabled}
        autoFocus={autoFocus}
        className="pr-10"
        {...aria}
      />
      <input type="hidden" name={name} value={value} data-testid={name ? `${name}-value` : undefined} />
      {/* The native picker, invisible and under the button, so its calendar opens where the user clicked. */}
      <input
        ref={picker}
        type="date"
        tabIndex={-1}
        aria-hidden="true"
        value={value}
        onChange={onPick}
        disabled={disabled}
        className="pointer-events-none absolute right-0 bottom-0 size-px opacity-0"
      />
      <button
        type="button"
        aria-label="Open calendar"
        title="Open calendar"
        disabled={disabled}
        onClick={() => picker.current?.showPicker()}
        className="absolute inset-y-0 right-0 flex w-10 items-center justify-center text-slate-500 hover:text-slate-800 disabled:cursor-not-allowed"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M7 3v3m10-3v3M4 8h16M5 5h14a1 1 0 0 1 1 1v13a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Z" />
        </svg>
      </button>
    </div>
  );
}
