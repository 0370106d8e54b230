/** An outbound message: queued, then sent or failed; kept in the Outbox when no SMTP server is configured. */
export const MAIL_STATUSES = ['queued', 'sent', 'failed', 'outbox'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
