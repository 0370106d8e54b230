'use client';

import { TextField } from '@/components/ui/fields';
import { formText } from '@/components/ui/form-data';
import { fromZoned, minutesLabel, parseClock } from './zoned-time';

/** Date and start time of an appointment, on the practice's clock; the API's `startsAt` errors show under Start. */
export function StartFields({ date, minutes }: { date: string; minutes: number }) {
  return (
    <div className="grid grid-cols-2 gap-3">
      <TextField label="Date" name="date" type="date" defaultValue={date} required />
      <TextField
        label="Start"
        name="time"
        errorKey="startsAt"
        type="time"
        step={300}
        defaultValue={minutesLabel(minutes)}
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
