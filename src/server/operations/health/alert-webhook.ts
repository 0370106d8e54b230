import { logger } from '@/server/shared/logger';
import type { AlertRow } from './sync-alerts';

/**
 * POSTs an alert as JSON to ALERT_WEBHOOK_URL when it is set: `{ event: 'opened' | 'resolved', alert }`. A failing
 * webhook is logged (never its URL, which may hold a token) and does not stop the health check.
 */
export async function sendAlertWebhook(
  event: 'opened' | 'resolved',
  alert: AlertRow,
  clinic: string | null,
): Promise<void> {
  const url = process.env.ALERT_WEBHOOK_URL;
  if (!url) return;
  const body = {
    event,
    alert: {
      id: alert.id,
      kind: alert.kind,
      clinic,
      tenantId: alert.tenantId,
      server: alert.server,
      detail: alert.detail,
      openedAt: new Date(alert.openedAt).toISOString(),
      resolvedAt: alert.resolvedAt ? new Date(alert.resolvedAt).toISOString() : null,
    },
  };
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5_000),
    });
    if (!res.ok) logger.warn('alert webhook refused the alert', { status: res.status, alertId: alert.id });
  } catch (error) {
    logger.warn('alert webhook failed', { alertId: alert.id, error });
  }
}
