import { and, eq, isNull, ne } from 'drizzle-orm';
import pg from 'pg';
import { ownerDb } from '@/server/owner/db/client';
import {
  subscriptionPlans,
  tenantDomains,
  tenants,
  tenantSubscriptions,
  type Tenant,
  type TenantBranding,
} from '@/server/owner/db/schema';
import type { MaintenanceReason, SuspensionReason, TenantStatus } from '@/lib/domain/owner/tenants';
import { env } from '@/env';
import { logger } from '@/server/shared/logger';
import { metrics } from '@/server/shared/observability/metrics';
import { clusterConfig } from '../cluster/cluster';
import { classifyHost } from './hosts';

/**
 * Host → tenant, cached in memory so a warm request never queries the owner database. Every process LISTENs on
 * `smartdmv_tenant_routing` (a trigger on tenants and tenant_domains NOTIFYs it) and drops its cache on any
 * change; while the listener is down, entries live at most one second, so changes show within 2 s regardless.
 */

export type ResolvedTenant = {
  id: string;
  slug: string;
  name: string;
  status: TenantStatus;
  isDefault: boolean;
  branding: TenantBranding;
  /** Why a SUSPENDED clinic is suspended (NON_PAYMENT: its page points to billing). */
  suspensionReason: SuspensionReason | null;
  /** Set while the clinic is in maintenance mode (see server/tenancy/routing/maintenance.ts). */
  maintenance: { since: string; reason: MaintenanceReason; message: string | null } | null;
};

const LISTENING_TTL_MS = 60_000;
const FALLBACK_TTL_MS = 1_000;
const CHANNEL = 'smartdmv_tenant_routing';

type CacheEntry = { tenant: ResolvedTenant | null; expiresAt: number };

type ResolverState = {
  cache: Map<string, CacheEntry>;
  listeners: Set<() => void>;
  listening: boolean;
  client?: pg.Client;
  starting?: Promise<void>;
  stopped: boolean;
};

const GLOBAL_KEY = Symbol.for('smartdmv.tenantResolver');
const holder = globalThis as unknown as { [GLOBAL_KEY]?: ResolverState };

function state(): ResolverState {
  holder[GLOBAL_KEY] ??= { cache: new Map(), listeners: new Set(), listening: false, stopped: false };
  return holder[GLOBAL_KEY];
}

function toResolved(row: Tenant): ResolvedTenant {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    status: row.status,
    isDefault: row.isDefault,
    branding: row.branding,
    suspensionReason: row.suspensionReason ?? null,
    maintenance: row.maintenanceStartedAt
      ? {
          since: row.maintenanceStartedAt.toISOString(),
          reason: row.maintenanceReason ?? 'OPERATOR',
          message: row.maintenanceMessage,
        }
      : null,
  };
}

async function lookup(host: string): Promise<ResolvedTenant | null> {
  const target = classifyHost(host);
  const live = ne(tenants.status, 'DELETED');
  switch (target.kind) {
    case 'none':
      return null;
    case 'default': {
      const [row] = await ownerDb
        .select()
        .from(tenants)
        .where(and(eq(tenants.isDefault, true), live));
      return row ? toResolved(row) : null;
    }
    case 'slug': {
      const [row] = await ownerDb
        .select()
        .from(tenants)
        .where(and(eq(tenants.slug, target.slug), live));
      if (row) return toResolved(row);
      break;
    }
    case 'domain':
      break;
  }
  const [row] = await ownerDb
    .select({ tenant: tenants, features: subscriptionPlans.features })
    .from(tenantDomains)
    .innerJoin(tenants, eq(tenants.id, tenantDomains.tenantId))
    .leftJoin(
      tenantSubscriptions,
      and(eq(tenantSubscriptions.tenantId, tenants.id), isNull(tenantSubscriptions.endedAt)),
    )
    .leftJoin(subscriptionPlans, eq(subscriptionPlans.id, tenantSubscriptions.planId))
    .where(and(eq(tenantDomains.domain, host), live));
  if (!row) return null;
  // A custom domain is served only while the clinic's plan includes `custom-domain`: after a downgrade the domain
  // stays recorded (the console shows it inactive) but answers as an unknown host; the slug host keeps working.
  // The owner database NOTIFYs this cache on plan changes too (migration 0009), so it takes effect at once.
  if (row.features && !row.features.includes('custom-domain')) return null;
  return toResolved(row.tenant);
}

/** The tenant a normalised host names, or null. Includes SUSPENDED/FAILED tenants: callers decide what to serve. */
export async function resolveTenantByHost(host: string): Promise<ResolvedTenant | null> {
  const s = state();
  void startListener();
  const cached = s.cache.get(host);
  if (cached && cached.expiresAt > Date.now()) {
    metrics().resolverLookups.inc({ result: 'hit' });
    return cached.tenant;
  }
  metrics().resolverLookups.inc({ result: 'miss' });
  const tenant = await lookup(host);
  s.cache.set(host, { tenant, expiresAt: Date.now() + (s.listening ? LISTENING_TTL_MS : FALLBACK_TTL_MS) });
  return tenant;
}

/** Drops every cached resolution in this process (and tells subscribers such as the connection cache). */
export function invalidateTenantCache(): void {
  const s = state();
  s.cache.clear();
  for (const listener of s.listeners) listener();
}

export function onTenantRoutingChange(listener: () => void): void {
  state().listeners.add(listener);
}

async function startListener(): Promise<void> {
  const s = state();
  if (s.listening || s.starting || s.stopped) return;
  s.starting = (async () => {
    const client = new pg.Client({
      // LISTEN needs a session of its own: never through a transaction-mode pooler (OWNER_DIRECT_URL then).
      connectionString: env().OWNER_DIRECT_URL ?? clusterConfig().ownerDatabaseUrl,
      application_name: 'smartdmv-listener',
    });
    const reconnect = () => {
      if (s.client !== client) return;
      s.listening = false;
      s.client = undefined;
      invalidateTenantCache();
      if (!s.stopped) setTimeout(() => void startListener(), 1_000).unref();
    };
    client.on('error', reconnect);
    client.on('end', reconnect);
    client.on('notification', () => invalidateTenantCache());
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      s.client = client;
      s.listening = true;
      // Anything cached before we listened may be stale.
      invalidateTenantCache();
      // Do not keep CLIs alive just for this connection.
      (
        client as unknown as { connection?: { stream?: { unref?: () => void } } }
      ).connection?.stream?.unref?.();
    } catch (error) {
      logger.warn('tenant routing listener failed to start; using short cache TTL', { error });
      await client.end().catch(() => {});
      if (!s.stopped) setTimeout(() => void startListener(), 2_000).unref();
    }
  })().finally(() => {
    s.starting = undefined;
  });
  return s.starting;
}

export async function stopTenantResolver(): Promise<void> {
  const s = state();
  s.stopped = true;
  const client = s.client;
  s.client = undefined;
  s.listening = false;
  await client?.end().catch(() => {});
  s.cache.clear();
}
