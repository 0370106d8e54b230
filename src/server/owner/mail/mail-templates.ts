import { renderMail, type MailBrand, type RenderedMail } from './mail-layout';

/** Every mail the product sends, by template name: the data each needs and its wording. */
export type MailTemplates = {
  'password-reset': { name: string; url: string; place: string };
  'user-invite': { name: string; url: string; place: string; invitedBy: string };
  'signup-verification': { name: string; clinicName: string; url: string; hours: number };
  'invoice-issued': { number: string; total: string; dueDate: string; url: string };
  'invoice-reminder': { number: string; balance: string; dueDate: string; daysOverdue: number; url: string };
};

export type MailTemplateName = keyof MailTemplates;

type Renderers = { [K in MailTemplateName]: (brand: MailBrand, data: MailTemplates[K]) => RenderedMail };

const renderers: Renderers = {
  'password-reset': (brand, d) =>
    renderMail(brand, {
      subject: `Reset your ${d.place} password`,
      heading: 'Choose a new password',
      paragraphs: [
        `Hello ${d.name},`,
        `Someone (hopefully you) asked to reset the password of your ${d.place} account. Use the button below to choose a new one. Signing in with the new password ends every other session.`,
        'If you did not ask for this, ignore this mail: your password stays as it is.',
      ],
      action: { label: 'Choose a new password', url: d.url },
      footnote: 'This link works once and expires in 30 minutes.',
    }),
  'user-invite': (brand, d) =>
    renderMail(brand, {
      subject: `You are invited to ${d.place}`,
      heading: `Welcome to ${d.place}`,
      paragraphs: [
        `Hello ${d.name},`,
        `${d.invitedBy} created an account for you. Choose your password to sign in.`,
      ],
      action: { label: 'Set my password', url: d.url },
      footnote: 'This link works once and expires in 7 days.',
    }),
  'signup-verification': (brand, d) =>
    renderMail(brand, {
      subject: `Confirm your e-mail to create ${d.clinicName} on SmartDMV`,
      heading: 'Confirm your e-mail address',
      paragraphs: [
        `Hello ${d.name},`,
        `Someone (hopefully you) asked to create the clinic ${d.clinicName} on SmartDMV with this address as its administrator. Confirm it with the button below and the clinic is created at once.`,
        'If you did not ask for this, ignore this mail: nothing is created.',
      ],
      action: { label: 'Confirm and create my clinic', url: d.url },
      footnote: `This link works once and expires in ${d.hours} hours.`,
    }),
  'invoice-issued': (brand, d) =>
    renderMail(brand, {
      subject: `Invoice ${d.number}`,
      heading: `Invoice ${d.number}`,
      paragraphs: [
        `Your SmartDMV invoice ${d.number} for ${d.total} is attached as a PDF.`,
        `Payment is due by ${d.dueDate}.`,
      ],
      action: { label: 'View your invoices', url: d.url },
    }),
  'invoice-reminder': (brand, d) =>
    renderMail(brand, {
      subject: `Reminder: invoice ${d.number} is overdue`,
      heading: `Invoice ${d.number} is ${d.daysOverdue} days overdue`,
      paragraphs: [
        `Invoice ${d.number} was due on ${d.dueDate}; ${d.balance} is still open.`,
        'Please pay it soon to keep your clinic running without interruption. If you have already paid, thank you, and please ignore this reminder.',
      ],
      action: { label: 'View your invoices', url: d.url },
    }),
};

export function renderTemplate<K extends MailTemplateName>(
  template: K,
  brand: MailBrand,
  data: MailTemplates[K],
): RenderedMail {
  return renderers[template](brand, data);
}

/** Mails holding a one-time link: their body is blanked once delivered, so the table never holds a live link. */
export const SENSITIVE_TEMPLATES: ReadonlySet<MailTemplateName> = new Set([
  'password-reset',
  'user-invite',
  'signup-verification',
]);
