import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/env';

/** One pooled nodemailer transport per SMTP_URL for the process; null when mail goes to the Outbox. */
let cached: { url: string; transport: Transporter } | undefined;

export function smtpTransport(): Transporter | null {
  const url = env().SMTP_URL;
  if (!url) return null;
  if (cached?.url !== url) {
    cached?.transport.close();
    cached = { url, transport: nodemailer.createTransport(url) };
  }
  return cached.transport;
}

export function mailConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}
