import type { AppointmentView } from '@/server/tenant/appointments/appointments.schema';
import { toZoned } from './zoned-time';

export type PlacedBlock = {
  appointment: AppointmentView;
  top: number;
  height: number;
  lane: number;
  lanes: number;
};

/**
 * Positions one column's appointments: minutes from the grid's first minute, clipped to the day, and side-by-side
 * lanes for overlapping ones (double bookings, or two vets' visits in a week column) so none hides another.
 */
export function layoutColumn(
  appointments: AppointmentView[],
  day: string,
  timeZone: string,
  range: { start: number; end: number },
): PlacedBlock[] {
  const placed = appointments
    .map((appointment) => {
      const start = toZoned(appointment.startsAt, timeZone);
      const end = toZoned(appointment.endsAt, timeZone);
      const from = start.date < day ? range.start : start.minutes;
      const to = end.date > day ? range.end : end.minutes;
      return {
        appointment,
        from: Math.max(from, range.start),
        to: Math.min(Math.max(to, from + 10), range.end),
      };
    })
    .sort((a, b) => a.from - b.from || b.to - a.to);

  const result: PlacedBlock[] = [];
  let cluster: Array<(typeof placed)[number] & { lane: number }> = [];
  let clusterEnd = -1;
  const flush = () => {
    const lanes = Math.max(1, ...cluster.map((c) => c.lane + 1));
    for (const c of cluster)
      result.push({
        appointment: c.appointment,
        top: c.from - range.start,
        height: c.to - c.from,
        lane: c.lane,
        lanes,
      });
    cluster = [];
  };
  for (const item of placed) {
    if (item.from >= clusterEnd && cluster.length > 0) flush();
    const busy = new Set(cluster.filter((c) => c.to > item.from).map((c) => c.lane));
    let lane = 0;
    while (busy.has(lane)) lane++;
    cluster.push({ ...item, lane });
    clusterEnd = Math.max(clusterEnd, item.to);
  }
  if (cluster.length > 0) flush();
  return result;
}

/** The hours shown: 07:00–19:00, widened to fit any appointment outside them. */
export function visibleRange(
  appointments: AppointmentView[],
  timeZone: string,
): { start: number; end: number } {
  let start = 7 * 60;
  let end = 19 * 60;
  for (const appointment of appointments) {
    const s = toZoned(appointment.startsAt, timeZone);
    const e = toZoned(appointment.endsAt, timeZone);
    start = Math.min(start, Math.floor(s.minutes / 60) * 60);
    end = Math.max(end, e.date !== s.date ? 24 * 60 : Math.ceil(e.minutes / 60) * 60);
  }
  return { start, end };
}
