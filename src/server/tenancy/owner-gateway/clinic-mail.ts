import { ownerDb } from '@/server/owner/db/client';
import { queueMail, type QueueMailOptions } from '@/server/owner/mail/queue-mail';
import type { MailTemplateName } from '@/server/owner/mail/mail-templates';
import type { ResolvedTenant } from '../routing/resolve-tenant';

/**
 * Clinic code sends mail through here (mail is recorded in the owner database, which tenant code reaches only
 * through server/tenancy). The clinic's branding is applied and the mail is recorded against it.
 */
export function sendClinicMail<K extends MailTemplateName>(
  tenant: Pick<ResolvedTenant, 'id' | 'name' | 'branding'>,
  options: Omit<QueueMailOptions<K>, 'tenant'>,
): Promise<string> {
  return queueMail(ownerDb, {
    ...options,
    tenant: { id: tenant.id, name: tenant.name, branding: tenant.branding },
  });
}

/** Whether mail leaves the building (SMTP_URL set) rather than waiting in the operator's Outbox. */
export { mailConfigured } from '@/server/owner/mail/smtp-transport';
