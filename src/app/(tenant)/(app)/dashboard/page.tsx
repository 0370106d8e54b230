import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge, StatusBadge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/states';
import { addDays, fromZoned, zonedToday } from '@/components/tenant/calendar/zoned-time';
import { formatDate, formatDay, formatQuantity, formatTime, humanize } from '@/components/tenant/format';
import { listAppointments } from '@/server/tenant/appointments/list-appointments';
import { listLowStock } from '@/server/tenant/inventory/list-low-stock';
import { requirePageSession, userCan, withPageDb } from '@/server/tenant/pages/page-context';
import { getPagePractices, getPageTimezone } from '@/server/tenant/pages/page-data';
import { listRecentPatients } from '@/server/tenant/pages/recent-patients';
import { listPrescriptions } from '@/server/tenant/prescriptions/list-prescriptions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const { user } = await requirePageSession('/dashboard');
  const [timeZone, practices] = await Promise.all([getPageTimezone(), getPagePractices()]);
  const practiceName = new Map(practices.map((p) => [p.id, p.name]));
  const today = zonedToday(timeZone);
  const canSeeRx = userCan(user, 'prescriptions:read');

  const data = await withPageDb(async (db) => {
    const [appointments, lowStock, recent, toDispense] = await Promise.all([
      listAppointments(db, {
        user,
        query: {
          from: new Date(fromZoned(today, 0, timeZone)),
          to: new Date(fromZoned(addDays(today, 1), 0, timeZone)),
          limit: 100,
        },
      }),
      listLowStock(db, { user, query: { limit: 8 } }),
      listRecentPatients(db, { user }),
      // The same definition as the Prescriptions page's "To dispense" tab: every ACTIVE prescription, refills
      // included (a partly dispensed refill still has something to hand over).
      canSeeRx
        ? listPrescriptions(db, { user, query: { status: 'ACTIVE', limit: 100 } })
        : Promise.resolve(null),
    ]);
    return {
      appointments: appointments.data,
      lowStock: lowStock.data,
      recent,
      toDispense: toDispense ? `${toDispense.data.length}${toDispense.nextCursor ? '+' : ''}` : null,
    };
  });
  const visits = data.appointments.filter((a) => a.status !== 'CANCELLED');
  const waiting = visits.filter((a) => a.status === 'CHECKED_IN').length;
  const inProgress = visits.filter((a) => a.status === 'IN_PROGRESS').length;

  const stats = [
    { label: 'Appointments today', value: visits.length, href: '/appointments' },
    { label: 'Checked in, waiting', value: waiting, href: '/appointments' },
    { label: 'In consultation', value: inProgress, href: '/appointments' },
    ...(data.toDispense
      ? [{ label: 'Prescriptions to dispense', value: data.toDispense, href: '/prescriptions' }]
      : []),
    { label: 'Items low on stock', value: data.lowStock.length, href: '/inventory?tab=low' },
  ];

  return (
    <>
      <PageHeader
        title={`Good ${greeting(timeZone)}, ${firstName(user.name)}`}
        description={formatDay(today, { year: true })}
      />
      <dl className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-3 xl:grid-cols-5">
        {stats.map((s) => (
          <Link
            key={s.label}
            href={s.href}
            className="rounded-lg bg-white px-4 py-3 shadow-sm ring-1 ring-slate-200 hover:ring-brand-300"
          >
            <dt className="text-xs font-medium text-slate-500">{s.label}</dt>
            <dd className="mt-1 text-2xl font-semibold text-slate-900">{s.value}</dd>
          </Link>
        ))}
      </dl>
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-3">
        <Card className="xl:col-span-2">
          <CardHeader
            title="Today's appointments"
            actions={
              <ButtonLink href="/appointments" size="sm">
                Open calendar
              </ButtonLink>
            }
          />
          {data.appointments.length === 0 ? (
            <EmptyState title="No appointments today" description="Book one from the calendar." />
          ) : (
            <ul className="divide-y divide-slate-100">
              {data.appointments.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-5 py-3 text-sm">
                  <span className="w-24 font-medium text-slate-900 tabular-nums">
                    {formatTime(a.startsAt, timeZone)}–{formatTime(a.endsAt, timeZone)}
                  </span>
                  <span className="min-w-0 flex-1">
                    <Link
                      href={`/patients/${a.patient.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {a.patient.name}
                    </Link>
                    <span className="text-slate-500">
                      {' '}
                      · {a.patient.species} · {a.reason ?? humanize(a.type)}
                    </span>
                    <span className="block text-xs text-slate-500">
                      {a.client.name} · {a.veterinarian.name}
                    </span>
                  </span>
                  <StatusBadge status={a.status} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <div className="space-y-6">
          <Card>
            <CardHeader title="Recent patients" />
            {data.recent.length === 0 ? (
              <EmptyState title="No visits yet" />
            ) : (
              <ul className="divide-y divide-slate-100">
                {data.recent.map((p) => (
                  <li key={p.id} className="flex items-center justify-between gap-3 px-5 py-2.5 text-sm">
                    <span className="min-w-0">
                      <Link href={`/patients/${p.id}`} className="font-medium text-brand-700 hover:underline">
                        {p.name}
                      </Link>
                      <span className="text-slate-500"> · {p.species}</span>
                      <span className="block truncate text-xs text-slate-500">{p.clientName}</span>
                    </span>
                    <span className="shrink-0 text-xs text-slate-500">
                      {formatDate(p.lastSeenAt, timeZone)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card>
            <CardHeader
              title="Low stock"
              actions={
                <ButtonLink href="/inventory?tab=low" size="sm">
                  All
                </ButtonLink>
              }
            />
            {data.lowStock.length === 0 ? (
              <EmptyState title="Stock levels are fine" />
            ) : (
              <ul className="divide-y divide-slate-100">
                {data.lowStock.map((item) => (
                  <li key={item.id} className="flex items-center justify-between gap-3 px-5 py-2.5 text-sm">
                    <span className="min-w-0">
                      <Link
                        href={`/inventory/${item.id}`}
                        className="block truncate font-medium text-brand-700 hover:underline"
                      >
                        {item.name}
                      </Link>
                      <span className="block text-xs text-slate-500">
                        <span className="font-mono">{item.sku}</span>
                        {practices.length > 1 ? (
                          <span data-testid="low-stock-practice">
                            {' '}
                            · {practiceName.get(item.practiceId) ?? 'Other practice'}
                          </span>
                        ) : null}
                      </span>
                    </span>
                    <Badge tone={item.quantityOnHand === 0 ? 'danger' : 'warning'}>
                      {formatQuantity(item.quantityOnHand, item.unit)}
                    </Badge>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}

/** "Dr. Priya Shah" → "Priya": a greeting uses the first name, not the title. */
function firstName(name: string): string {
  return name.replace(/^(dr|prof|mr|mrs|ms)\.?\s+/i, '').split(/\s+/)[0] ?? name;
}

function greeting(timeZone: string): string {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(new Date()),
  );
  return hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
}
