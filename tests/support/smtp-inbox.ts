import { SMTPServer } from 'smtp-server';
import { resetEnvForTests } from '@/env';

export type ReceivedMail = { to: string[]; raw: string };
export type SmtpInbox = { received: ReceivedMail[]; stop: () => Promise<void> };

/**
 * A real SMTP server on a free port (plain SMTP without auth, as a local relay would be), with SMTP_URL and
 * MAIL_FROM pointed at it; every mail it accepts lands in `received`. stop() closes it and unsets SMTP_URL.
 */
export async function startSmtpInbox(mailFrom: string): Promise<SmtpInbox> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = mailFrom;
  resetEnvForTests();
  return {
    received,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      delete process.env.SMTP_URL;
      resetEnvForTests();
    },
  };
}
