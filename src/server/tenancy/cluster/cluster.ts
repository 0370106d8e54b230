import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { env, resolveFromCwd } from '@/env';
import { readEmbeddedState } from './embedded-state';

/**
 * Where the PostgreSQL cluster is and how to reach it as the admin.
 * Two modes: `external` (OWNER_DATABASE_URL set: the seed's variables) and `embedded`
 * (no OWNER_DATABASE_URL: the launcher runs a private cluster in DATA_DIR and records how to reach it).
 */

export type ServerAddress = { host: string; port: number };
export type AdminCredentials = ServerAddress & { user: string; password: string };

export type ClusterConfig = {
  mode: 'embedded' | 'external';
  /** Used for CREATE/DROP DATABASE and ROLE, and for migrations. Never handed to tenant code. */
  admin: AdminCredentials;
  ownerDatabaseUrl: string;
  ownerDatabaseName: string;
  /** The database of the default tenant: DATABASE_URL, or smartdmv_tenant_default on the admin server. */
  defaultTenantDatabase: ServerAddress & { database: string };
};

const EMBEDDED_OWNER_DATABASE = 'smartdmv_owner';
const DEFAULT_TENANT_DATABASE = 'smartdmv_tenant_default';
export const TEMPLATE_DATABASE = 'smartdmv_tenant_template';

export function dataDir(): string {
  return resolveFromCwd(env().DATA_DIR);
}

export function isEmbeddedMode(): boolean {
  return !env().OWNER_DATABASE_URL;
}

function buildUrl(a: AdminCredentials, database: string): string {
  const u = new URL('postgresql://localhost');
  u.hostname = a.host;
  u.port = String(a.port);
  u.username = a.user;
  u.password = a.password;
  u.pathname = `/${database}`;
  return u.toString();
}

export function clusterConfig(): ClusterConfig {
  const e = env();
  if (e.OWNER_DATABASE_URL) {
    const owner = new URL(e.OWNER_DATABASE_URL);
    const admin: AdminCredentials = {
      host: e.PGHOST ?? (owner.hostname || 'localhost'),
      port: e.PGPORT ?? Number(owner.port || 5432),
      user: e.PGUSER ?? decodeURIComponent(owner.username),
      password: e.PGPASSWORD ?? decodeURIComponent(owner.password),
    };
    const tenantUrl = e.DATABASE_URL ? new URL(e.DATABASE_URL) : undefined;
    return {
      mode: 'external',
      admin,
      ownerDatabaseUrl: e.OWNER_DATABASE_URL,
      ownerDatabaseName: decodeURIComponent(owner.pathname.replace(/^\//, '')) || EMBEDDED_OWNER_DATABASE,
      defaultTenantDatabase: tenantUrl
        ? {
            host: tenantUrl.hostname || admin.host,
            port: Number(tenantUrl.port || 5432),
            database: decodeURIComponent(tenantUrl.pathname.replace(/^\//, '')) || DEFAULT_TENANT_DATABASE,
          }
        : { host: admin.host, port: admin.port, database: DEFAULT_TENANT_DATABASE },
    };
  }
  const state = readEmbeddedState(dataDir());
  if (!state) {
    throw new Error(
      'The embedded PostgreSQL has not been started: run `npm start` (or `npm run setup`), or set OWNER_DATABASE_URL to use an external server.',
    );
  }
  const admin: AdminCredentials = {
    host: '127.0.0.1',
    port: state.port,
    user: state.user,
    password: state.password,
  };
  return {
    mode: 'embedded',
    admin,
    ownerDatabaseUrl: buildUrl(admin, EMBEDDED_OWNER_DATABASE),
    ownerDatabaseName: EMBEDDED_OWNER_DATABASE,
    defaultTenantDatabase: { host: admin.host, port: admin.port, database: DEFAULT_TENANT_DATABASE },
  };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * The embedded server's Unix socket folder when `address` is that server over loopback TCP, else undefined.
 * Queries spread over many clinics' connections measured faster through it (`npm run bench:scale`). An external
 * server on the same machine is reached through its socket by registering the socket folder as its host.
 */
export function localSocketDirFor(address: ServerAddress): string | undefined {
  if (!isEmbeddedMode() || !LOOPBACK_HOSTS.has(address.host)) return undefined;
  const state = readEmbeddedState(dataDir());
  return state?.port === address.port ? state.socketDir : undefined;
}

let cachedSecret: string | undefined;

/**
 * The app secret (NEXTAUTH_SECRET). When unset outside production-with-external-db it is generated once and
 * kept in DATA_DIR/secret (0600), so sessions and encrypted credentials survive restarts.
 */
export function appSecret(): string {
  if (cachedSecret) return cachedSecret;
  const fromEnv = env().NEXTAUTH_SECRET;
  if (fromEnv) return (cachedSecret = fromEnv);
  const file = path.join(dataDir(), 'secret');
  fs.mkdirSync(dataDir(), { recursive: true });
  try {
    // 'wx' makes concurrent first starts agree on one secret: the loser reads the winner's file.
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  cachedSecret = fs.readFileSync(file, 'utf8').trim();
  return cachedSecret;
}

export function resetClusterCachesForTests(): void {
  cachedSecret = undefined;
}
