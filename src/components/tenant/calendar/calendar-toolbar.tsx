'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { Select } from '@/components/ui/input';
import { Spinner } from '@/components/ui/spinner';
import { formatDay } from '../format';
import { addDays } from './zoned-time';

export type CalendarState = {
  practiceId: string;
  view: 'day' | 'week';
  date: string;
  veterinarianId: string | null;
  patientId: string | null;
};

function calendarHref(state: CalendarState): string {
  const params = new URLSearchParams({ practiceId: state.practiceId, view: state.view, date: state.date });
  if (state.veterinarianId) params.set('veterinarianId', state.veterinarianId);
  if (state.patientId) params.set('patientId', state.patientId);
  return `/appointments?${params}`;
}

/** Date navigation, day/week switch and the practice and veterinarian filters; each is a URL, so views can be shared. */
export function CalendarToolbar({
  state,
  days,
  today,
  practices,
  veterinarians,
}: {
  state: CalendarState;
  days: string[];
  today: string;
  practices: Array<{ id: string; name: string }>;
  veterinarians: Array<{ id: string; name: string }>;
}) {
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const step = state.view === 'week' ? 7 : 1;
  const go = (patch: Partial<CalendarState>) =>
    startNavigation(() => router.push(calendarHref({ ...state, ...patch })));
  const title =
    state.view === 'day'
      ? formatDay(days[0]!, { year: true })
      : `${formatDay(days[0]!, { weekday: false })} – ${formatDay(days.at(-1)!, { weekday: false, year: true })}`;

  return (
    <div className="mb-4 flex flex-wrap items-center gap-3">
      <div className="flex items-center gap-1">
        <Link
          href={calendarHref({ ...state, date: addDays(days[0]!, -step) })}
          className={buttonClasses('secondary', 'sm')}
          aria-label={`Previous ${state.view}`}
        >
          ←
        </Link>
        <Link href={calendarHref({ ...state, date: today })} className={buttonClasses('secondary', 'sm')}>
          Today
        </Link>
        <Link
          href={calendarHref({ ...state, date: addDays(days[0]!, step) })}
          className={buttonClasses('secondary', 'sm')}
          aria-label={`Next ${state.view}`}
        >
          →
        </Link>
      </div>
      <h2 className="min-w-48 text-lg font-semibold text-slate-900" aria-live="polite">
        {title}
      </h2>
      {navigating ? <Spinner label="Loading the calendar" /> : null}
      <div className="ml-auto flex flex-wrap items-center gap-2">
        <div
          className="inline-flex rounded-md shadow-sm ring-1 ring-slate-300"
          role="group"
          aria-label="Calendar view"
        >
          {(['day', 'week'] as const).map((view) => (
            <Link
              key={view}
              href={calendarHref({ ...state, view })}
              aria-current={state.view === view ? 'page' : undefined}
              className={cn(
                'px-3 py-1.5 text-sm font-medium first:rounded-l-md last:rounded-r-md',
                state.view === view ? 'bg-brand-600 text-white' : 'bg-white text-slate-700 hover:bg-slate-50',
              )}
            >
              {view === 'day' ? 'Day' : 'Week'}
            </Link>
          ))}
        </div>
        {practices.length > 1 ? (
          <div className="w-56">
            <Select
              aria-label="Practice"
              className="h-8"
              value={state.practiceId}
              onChange={(e) => go({ practiceId: e.target.value, veterinarianId: null })}
            >
              {practices.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          </div>
        ) : null}
        <div className="w-52">
          <Select
            aria-label="Veterinarian"
            className="h-8"
            value={state.veterinarianId ?? ''}
            onChange={(e) => go({ veterinarianId: e.target.value || null })}
          >
            <option value="">All veterinarians</option>
            {veterinarians.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </Select>
        </div>
      </div>
    </div>
  );
}
