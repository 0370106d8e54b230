import path from 'node:path';
import nextEnv from '@next/env';
import { z } from 'zod';

/**
 * Every environment variable the app and the CLIs read, validated once.
 * An empty variable counts as unset. A bad value stops the process with one message naming the variable.
 */

// CLIs run outside Next.js; load .env / .env.local the same way Next does so both see one configuration.
nextEnv.loadEnvConfig(/*turbopackIgnore: true*/ process.cwd(), process.env.NODE_ENV !== 'production', {
  info: () => {},
  error: console.error,
});

const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());
const postgresUrl = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z
    .string()
    .refine((v) => /^postgres(ql)?:\/\//.test(v) && URL.canParse(v), 'must be a postgresql:// URL')
    .optional(),
);
const intWithDefault = (fallback: number, min = 1, max = 65535) =>
  z.preprocess(
    (v) => (v === '' || v === undefined ? fallback : v),
    z.coerce.number().int().min(min).max(max),
  );
const booleanFlag = z.preprocess(
  (v) => (v === '' || v === undefined ? 'false' : typeof v === 'string' ? v.toLowerCase() : v),
  z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v)),
);

const envSchema = z.object({
  NODE_ENV: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.enum(['development', 'production', 'test']).default('development'),
  ),
  OWNER_DATABASE_URL: postgresUrl,
  DATABASE_URL: postgresUrl,
  PGUSER: optionalString,
  PGPASSWORD: optionalString,
  PGHOST: optionalString,
  PGPORT: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce.number().int().min(1).max(65535).optional(),
  ),
  NEXTAUTH_SECRET: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(16, 'must be at least 16 characters').optional(),
  ),
  NEXTAUTH_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url().optional()),
  BASE_DOMAIN: z.preprocess(
    (v) => (v === '' || v === undefined ? 'localhost' : typeof v === 'string' ? v.toLowerCase() : v),
    z
      .string()
      .regex(/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/, 'must be a host name such as localhost or example.com'),
  ),
  OWNER_HOST: z.preprocess(
    (v) => (v === '' || v === undefined ? undefined : typeof v === 'string' ? v.toLowerCase() : v),
    z.string().optional(),
  ),
  PORT: intWithDefault(3000),
  STORAGE_ROOT: z.preprocess((v) => (v === '' || v === undefined ? './storage' : v), z.string()),
  DATA_DIR: z.preprocess((v) => (v === '' || v === undefined ? './.data' : v), z.string()),
  OWNER_EMAIL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^[^\s@]+@[^\s@]+$/, 'must be an email address')
      .optional(),
  ),
  OWNER_PASSWORD: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(8, 'must be at least 8 characters').optional(),
  ),
  TRUST_PROXY: booleanFlag,
  TENANT_POOL_MAX_TOTAL: intWithDefault(60, 1, 10000),
  TENANT_POOL_MAX_PER_TENANT: intWithDefault(5, 1, 1000),
  TENANT_POOL_IDLE_MS: intWithDefault(30000, 100, 3600000),
  MAX_UPLOAD_BYTES: intWithDefault(25 * 1024 * 1024, 1024, 2 ** 31 - 1),
  /** Where clinic backups go instead of each clinic's storage `backups/` folder (e.g. a mounted network volume). */
  BACKUP_ROOT: optionalString,
  /** Folder holding pg_dump/pg_restore 15 when they are not on PATH (e.g. /usr/lib/postgresql/15/bin). */
  PG_BIN_DIR: optionalString,
  /** Days a moved clinic's source database is kept (renamed, closed) before the daily job drops it. */
  MOVE_RETAIN_DAYS: intWithDefault(7, 0, 3650),
  /** A direct (not pooled) owner database URL for LISTEN, when OWNER_DATABASE_URL points at PgBouncer. */
  OWNER_DIRECT_URL: postgresUrl,
  /** Outbound mail server, e.g. smtp://user:pass@mail.example.com:587; unset keeps mails in the owner Outbox. */
  SMTP_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .refine((v) => /^smtps?:\/\//.test(v) && URL.canParse(v), 'must be an smtp:// or smtps:// URL')
      .optional(),
  ),
  /** Sender of every mail, e.g. "SmartDMV <billing@example.com>". */
  MAIL_FROM: z.preprocess(
    (v) => (v === '' || v === undefined ? 'SmartDMV <no-reply@localhost>' : v),
    z.string().min(3),
  ),
  /** `npm start`/`npm run dev` also run the job workers unless this is false (e.g. web-only instances). */
  RUN_WORKERS: z.preprocess(
    (v) => (v === '' || v === undefined ? 'true' : typeof v === 'string' ? v.toLowerCase() : v),
    z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v)),
  ),
  /** Observability (docs/monitoring.md). */
  LOG_LEVEL: z.preprocess(
    (v) => (v === '' ? undefined : typeof v === 'string' ? v.toLowerCase() : v),
    z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).optional(),
  ),
  LOG_FORMAT: z.preprocess(
    (v) => (v === '' ? undefined : typeof v === 'string' ? v.toLowerCase() : v),
    z.enum(['json', 'pretty']).optional(),
  ),
  SLOW_QUERY_MS: intWithDefault(500, 1, 3_600_000),
  METRICS_TOKEN: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(16, 'must be at least 16 characters').optional(),
  ),
  ALERT_WEBHOOK_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url().optional()),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(): Env {
  const result = envSchema.safeParse(process.env);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(env)'}: ${issue.message}`,
    );
    const message = `Invalid environment configuration:\n${lines.join('\n')}`;
    // Fail loudly once, before anything connects anywhere.
    console.error(message);
    throw new Error(message);
  }
  const env = result.data;
  if (env.OWNER_DATABASE_URL && env.NODE_ENV === 'production' && !env.NEXTAUTH_SECRET) {
    const message =
      'Invalid environment configuration:\n  NEXTAUTH_SECRET: required with an external database in production';
    console.error(message);
    throw new Error(message);
  }
  if (env.TENANT_POOL_MAX_PER_TENANT > env.TENANT_POOL_MAX_TOTAL) {
    const message =
      'Invalid environment configuration:\n  TENANT_POOL_MAX_PER_TENANT: must not exceed TENANT_POOL_MAX_TOTAL';
    console.error(message);
    throw new Error(message);
  }
  return env;
}

let cached: Env | undefined;

/** The validated environment. Re-read with `resetEnvForTests()` when a test changes process.env. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

export function resetEnvForTests(): void {
  cached = undefined;
}

// turbopackIgnore: runtime paths from config, not files to trace into the build.
export const resolveFromCwd = (p: string) => path.resolve(/*turbopackIgnore: true*/ process.cwd(), p);
