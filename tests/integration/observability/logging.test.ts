import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GET as listClients, POST as createClient } from '@/app/api/clients/route';
import { GET as getPatient } from '@/app/api/patients/[id]/route';
import { GET as listPatients } from '@/app/api/patients/route';
import { defineJob } from '@/server/operations/jobs/define-job';
import { enqueueJob } from '@/server/operations/jobs/enqueue-job';
import { startWorkers } from '@/server/operations/jobs/run-workers';
import { practices, users } from '@/server/tenant/db/schema';
import { errorResponse } from '@/server/shared/http/respond';
import { captureLogs, logger } from '@/server/shared/logger';
import { runWithRequestContext } from '@/server/shared/observability/request-context';
import { getTenantDatabase } from '@/server/tenancy/connections/tenant-connections';
import { clusterConfig } from '@/server/tenancy/cluster/cluster';
import { callRoute } from '@tests/support/http';
import { uniqueSlug } from '@tests/support/factories';
import { createTestTenant, signIn, type TestTenant } from '@tests/support/tenants';

let clinic: TestTenant;
let cookie: string;

beforeAll(async () => {
  clinic = await createTestTenant('logs');
  cookie = await signIn(clinic.origin, clinic.admin.email, clinic.admin.password);
});

const accessLines = (lines: Array<Record<string, unknown>>) => lines.filter((l) => l.msg === 'request');

describe('access log', () => {
  it('writes one line per request with request id, plane, clinic, user, route template, status and duration', async () => {
    const capture = captureLogs('info');
    try {
      const requestId = `test-${crypto.randomBytes(6).toString('hex')}`;
      const res = await callRoute(listPatients, {
        url: `${clinic.origin}/api/patients`,
        cookie,
        headers: { 'x-request-id': requestId },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-request-id')).toBe(requestId);
      const lines = accessLines(capture.lines).filter((l) => l.requestId === requestId);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        requestId,
        plane: 'tenant',
        clinic: clinic.slug,
        method: 'GET',
        route: '/api/patients',
        status: 200,
        level: 'info',
      });
      expect(typeof lines[0]!.userId).toBe('string');
      expect(typeof lines[0]!.durationMs).toBe('number');
    } finally {
      capture.restore();
    }
  });

  it('replaces an unsafe X-Request-Id with a generated one and names the route template, not the ids', async () => {
    const capture = captureLogs('info');
    try {
      const id = crypto.randomUUID();
      const res = await callRoute(getPatient, {
        url: `${clinic.origin}/api/patients/${id}`,
        cookie,
        params: { id },
        headers: { 'x-request-id': 'evil"id with spaces' },
      });
      expect(res.status).toBe(404);
      const echoed = res.headers.get('x-request-id')!;
      expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
      const [line] = accessLines(capture.lines).filter((l) => l.requestId === echoed);
      expect(line).toMatchObject({ route: '/api/patients/[id]', status: 404, clinic: clinic.slug });
      expect(JSON.stringify(capture.lines)).not.toContain(id);
    } finally {
      capture.restore();
    }
  });

  it('puts the request id on every line written during the request, and on the logs of jobs it queues', async () => {
    const seen: string[] = [];
    const job = defineJob({
      name: `test.log-${uniqueSlug('j')}`,
      payload: z.object({ n: z.number() }),
      handler: async ({ n }, { log }) => {
        log.info('job step', { n });
        seen.push(String(n));
      },
    });
    const capture = captureLogs('info');
    const workers = await startWorkers([job]);
    try {
      const requestId = `req-${crypto.randomBytes(6).toString('hex')}`;
      await runWithRequestContext(
        { requestId, plane: 'tenant', method: 'POST', route: '/api/x', clinic: clinic.slug },
        async () => {
          logger.warn('inside the request', { step: 1 });
          await enqueueJob(job, { n: 7 });
        },
      );
      const deadline = Date.now() + 20_000;
      while (seen.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(seen).toEqual(['7']);
      const inside = capture.lines.find((l) => l.msg === 'inside the request');
      expect(inside).toMatchObject({ requestId, clinic: clinic.slug, plane: 'tenant' });
      const jobLine = capture.lines.find((l) => l.msg === 'job step');
      expect(jobLine).toMatchObject({ requestId, job: job.name, n: 7 });
      expect(typeof jobLine!.jobId).toBe('string');
    } finally {
      capture.restore();
      await workers.stop();
    }
  });
});

describe('error log', () => {
  it('logs an unhandled error once, with its stack and the PostgreSQL cause (code and detail, values removed)', async () => {
    const db = await getTenantDatabase(clinic.slug);
    const secretEmail = `${uniqueSlug('dup')}@example.org`;
    await db
      .insert(users)
      .values({ email: secretEmail, name: 'Dup', role: 'VETERINARIAN', passwordHash: 'x' });
    let failure: unknown;
    try {
      await db
        .insert(users)
        .values({ email: secretEmail, name: 'Dup', role: 'VETERINARIAN', passwordHash: 'x' });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeDefined();
    const capture = captureLogs('info');
    try {
      const res = errorResponse(failure);
      expect(res.status).toBe(500);
      const errors = capture.lines.filter((l) => l.level === 'error');
      expect(errors).toHaveLength(1);
      const error = errors[0]!.error as Record<string, unknown>;
      expect(String(error.stack)).toContain('at ');
      const cause = error.cause as Record<string, unknown>;
      expect(cause.code).toBe('23505');
      expect(String(cause.detail)).toContain('Key (');
      expect(cause.constraint).toBeTruthy();
      expect(capture.raw.join('')).not.toContain(secretEmail);
    } finally {
      capture.restore();
    }
  });

  it('keeps a cause chain of plain errors', () => {
    const capture = captureLogs('info');
    try {
      const root = Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
      logger.error('outer failed', { error: new Error('outer', { cause: root }) });
      const error = capture.lines[0]!.error as { message: string; cause: { message: string; code: string } };
      expect(error.message).toBe('outer');
      expect(error.cause).toMatchObject({ message: 'connection refused', code: 'ECONNREFUSED' });
    } finally {
      capture.restore();
    }
  });
});

describe('redaction', () => {
  it('never writes passwords, tokens, cookies, connection strings, client names or e-mail addresses', async () => {
    const secrets = {
      password: `pw-${crypto.randomBytes(8).toString('hex')}`,
      token: `tok${crypto.randomBytes(12).toString('hex')}`,
      clientName: `Zebedee Quackenbush${crypto.randomBytes(3).toString('hex')}`,
      clientEmail: `${uniqueSlug('client')}@mail.example`,
      dbPassword: `dbpw${crypto.randomBytes(8).toString('hex')}`,
    };
    const connectionString = `postgresql://someone:${secrets.dbPassword}@db.example:5432/x`;
    const db = await getTenantDatabase(clinic.slug);
    const [{ id: practiceId }] = (await db.select({ id: practices.id }).from(practices)) as [{ id: string }];
    const previousSlow = process.env.SLOW_QUERY_MS;
    // Every statement is "slow" at this threshold, so each one goes through the slow-query log path.
    process.env.SLOW_QUERY_MS = '0.001';
    const capture = captureLogs('debug');
    try {
      // Direct calls, structured fields at several depths, the message text, errors and causes.
      logger.info(`connecting to ${connectionString}`, {
        password: secrets.password,
        user: { password: secrets.password, email: secrets.clientEmail, name: secrets.clientName },
        headers: { cookie: `session=${secrets.token}`, authorization: `Bearer ${secrets.token}` },
        deep: { a: { b: { connectionString, token: secrets.token, note: `for ${secrets.clientEmail}` } } },
        list: [{ clientName: secrets.clientName }],
      });
      logger.child({ token: secrets.token, email: secrets.clientEmail }).warn('child logger', { ok: 1 });
      logger.error('failure', {
        error: new Error(`login for ${secrets.clientEmail} with ${connectionString}`, {
          cause: Object.assign(new Error('pg'), {
            code: '23505',
            detail: `Key (name)=(${secrets.clientName}) already exists.`,
          }),
        }),
      });
      logger.error('drizzle-like', {
        error: new Error(`Failed query: insert into clients values ($1)\nparams: ${secrets.clientName}`),
      });
      // Through the app: a request with a cookie and a bearer token, creating a client (body with name and e-mail),
      // slow-query logging of its statements (threshold 1 ms), and the access log.
      const created = await callRoute(createClient, {
        method: 'POST',
        url: `${clinic.origin}/api/clients`,
        cookie: `${cookie}; other=${secrets.token}`,
        headers: { authorization: `Bearer ${secrets.token}`, origin: clinic.origin },
        body: { practiceId, name: secrets.clientName, email: secrets.clientEmail, phone: '555 0100' },
      });
      expect(created.status).toBe(201);
      const searched = await callRoute(listClients, {
        url: `${clinic.origin}/api/clients?q=${encodeURIComponent(secrets.clientName)}`,
        cookie,
      });
      expect(searched.status).toBe(200);
      // A job logger.
      logger.child({ jobId: 'j1', job: 'test' }).info('job says', { password: secrets.password });
      // An unhandled error that carries a connection string in its message.
      errorResponse(new Error(`could not connect: ${connectionString}`));

      const output = capture.raw.join('');
      expect(capture.lines.some((l) => l.msg === 'slow query')).toBe(true);
      expect(capture.lines.some((l) => l.msg === 'request')).toBe(true);
      for (const [what, value] of Object.entries(secrets)) expect(output, what).not.toContain(value);
      expect(output).not.toContain(clusterConfig().admin.password);
      expect(output).not.toContain(cookie.split('=')[1]);
    } finally {
      capture.restore();
      if (previousSlow === undefined) delete process.env.SLOW_QUERY_MS;
      else process.env.SLOW_QUERY_MS = previousSlow;
    }
  });

  it('logs a slow query with clinic, route and statement text, never its parameter values', async () => {
    const previousSlow = process.env.SLOW_QUERY_MS;
    process.env.SLOW_QUERY_MS = '50';
    const capture = captureLogs('info');
    try {
      const db = await getTenantDatabase(clinic.slug);
      const marker = `value-${crypto.randomBytes(6).toString('hex')}`;
      await runWithRequestContext(
        {
          requestId: 'slow-test-1234',
          plane: 'tenant',
          method: 'GET',
          route: '/api/slow',
          clinic: clinic.slug,
        },
        // awaited inside: drizzle's query starts when awaited, and must start inside the request.
        async () => await db.execute(sql`select pg_sleep(0.1), ${marker}::text as v`),
      );
      const line = capture.lines.find((l) => l.msg === 'slow query');
      expect(line).toMatchObject({ clinic: clinic.slug, route: '/api/slow', requestId: 'slow-test-1234' });
      expect(String(line!.statement)).toContain('pg_sleep');
      expect(line!.durationMs as number).toBeGreaterThanOrEqual(50);
      expect(capture.raw.join('')).not.toContain(marker);
    } finally {
      capture.restore();
      if (previousSlow === undefined) delete process.env.SLOW_QUERY_MS;
      else process.env.SLOW_QUERY_MS = previousSlow;
    }
  });
});

afterAll(() => {});
