import { POST as changeStatus } from '@/app/api/appointments/[id]/status/route';
import { GET as getAppointment, PATCH as patchAppointment } from '@/app/api/appointments/[id]/route';
import { GET as calendar } from '@/app/api/appointments/calendar/route';
import { GET as listAppointments, POST as createAppointment } from '@/app/api/appointments/route';
import { POST as amendRecord } from '@/app/api/medical-records/[id]/amendments/route';
import { GET as recordHistory } from '@/app/api/medical-records/[id]/history/route';
import { GET as getRecord, PATCH as patchRecord } from '@/app/api/medical-records/[id]/route';
import { POST as signRecord } from '@/app/api/medical-records/[id]/sign/route';
import { GET as listRecords, POST as createRecord } from '@/app/api/medical-records/route';
import { callRoute, type CallResult } from './http';

/** Thin wrappers over the real appointment and record route handlers, called on a clinic's own host. */
type Caller = { origin: string; cookie: string };

type Query = Record<string, string | undefined> | URLSearchParams;

const query = (params: Query = {}) => {
  const search =
    params instanceof URLSearchParams
      ? params
      : new URLSearchParams(
          Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
        );
  const text = search.toString();
  return text ? `?${text}` : '';
};

export const appointmentsApi = {
  list: (c: Caller, params?: Query): Promise<CallResult> =>
    callRoute(listAppointments, { url: `${c.origin}/api/appointments${query(params)}`, cookie: c.cookie }),
  create: (c: Caller, body: unknown): Promise<CallResult> =>
    callRoute(createAppointment, {
      method: 'POST',
      url: `${c.origin}/api/appointments`,
      cookie: c.cookie,
      body,
    }),
  get: (c: Caller, id: string): Promise<CallResult> =>
    callRoute(getAppointment, {
      url: `${c.origin}/api/appointments/${id}`,
      cookie: c.cookie,
      params: { id },
    }),
  update: (c: Caller, id: string, body: unknown): Promise<CallResult> =>
    callRoute(patchAppointment, {
      method: 'PATCH',
      url: `${c.origin}/api/appointments/${id}`,
      cookie: c.cookie,
      params: { id },
      body,
    }),
  setStatus: (c: Caller, id: string, body: unknown): Promise<CallResult> =>
    callRoute(changeStatus, {
      method: 'POST',
      url: `${c.origin}/api/appointments/${id}/status`,
      cookie: c.cookie,
      params: { id },
      body,
    }),
  calendar: (c: Caller, params: Query): Promise<CallResult> =>
    callRoute(calendar, { url: `${c.origin}/api/appointments/calendar${query(params)}`, cookie: c.cookie }),
};

export const recordsApi = {
  list: (c: Caller, params?: Query): Promise<CallResult> =>
    callRoute(listRecords, { url: `${c.origin}/api/medical-records${query(params)}`, cookie: c.cookie }),
  create: (c: Caller, body: unknown): Promise<CallResult> =>
    callRoute(createRecord, {
      method: 'POST',
      url: `${c.origin}/api/medical-records`,
      cookie: c.cookie,
      body,
    }),
  get: (c: Caller, id: string): Promise<CallResult> =>
    callRoute(getRecord, { url: `${c.origin}/api/medical-records/${id}`, cookie: c.cookie, params: { id } }),
  update: (c: Caller, id: string, body: unknown): Promise<CallResult> =>
    callRoute(patchRecord, {
      method: 'PATCH',
      url: `${c.origin}/api/medical-records/${id}`,
      cookie: c.cookie,
      params: { id },
      body,
    }),
  sign: (c: Caller, id: string, body: unknown): Promise<CallResult> =>
    callRoute(signRecord, {
      method: 'POST',
      url: `${c.origin}/api/medical-records/${id}/sign`,
      cookie: c.cookie,
      params: { id },
      body,
    }),
  amend: (c: Caller, id: string, body: unknown): Promise<CallResult> =>
    callRoute(amendRecord, {
      method: 'POST',
      url: `${c.origin}/api/medical-records/${id}/amendments`,
      cookie: c.cookie,
      params: { id },
      body,
    }),
  history: (c: Caller, id: string, params?: Query): Promise<CallResult> =>
    callRoute(recordHistory, {
      url: `${c.origin}/api/medical-records/${id}/history${query(params)}`,
      cookie: c.cookie,
      params: { id },
    }),
};
