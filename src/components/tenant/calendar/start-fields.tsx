'use client';

import { DateField, TextField } from '@/components/ui/fields';
import { formText } from '@/components/ui/form-data';
import { fromZoned, minutesLabel, parseClock } from '@/lib/time/zoned-time';

/**
 * Date and start time of an appointment, on the practice's clock; the API's `startsAt` errors show under Start.
 * Times are 24-hour everywhere in the clinic app, as the calendar grid shows them.
 */
export function StartFields({ date, minutes }: { date: string; minutes: number }) {
  return (
    <div className="grid grid-cols-2 gap-3">
      <DateField label="Date" name="date" defaultValue={date} required />
      {/* 24-hour text, not <input type="time">: the browser would show 01:00 PM beside a grid that says 13:00. */}
      <TextField
        label="Start"
        name="time"
        errorKey="startsAt"
        inputMode="numeric"
        pattern="([01]?[0-9]|2[0-3]):[0-5][0-9]"
        placeholder="HH:MM"
        maxLength={5}
        defaultValue={minutesLabel(minutes)}
        hint="24-hour clock, practice time"
        required
      />
    </div>
  );
}

/** What `StartFields` hold as an instant (`startsAt`), or null while the date or the time is incomplete. */
export function readStart(data: FormData, timeZone: string): { startsAt: string; minutes: number } | null {
  const minutes = parseClock(formText(data, 'time'));
  const date = formText(data, 'date');
  if (minutes === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  return { startsAt: fromZoned(date, minutes, timeZone), minutes };
}
