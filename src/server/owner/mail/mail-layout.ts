/**
 * The one HTML + text layout of every outbound mail: a header in the clinic's colour and name (or SmartDMV's when
 * the mail concerns no clinic), paragraphs, an optional button, and the same content as plain text.
 * Every value is escaped; templates pass plain strings only.
 */
export type MailBrand = { name: string; color: string };

export type MailContent = {
  subject: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Small print under the button (e.g. "This link expires in 30 minutes."). */
  footnote?: string;
};

export type RenderedMail = { subject: string; html: string; text: string };

export const DEFAULT_BRAND: MailBrand = { name: 'SmartDMV', color: '#2563eb' };

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Only #rgb/#rrggbb reach a style attribute: a brand colour must not inject CSS. */
const safeColor = (color: string) =>
  /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(color) ? color : DEFAULT_BRAND.color;

export function renderMail(brand: MailBrand, content: MailContent): RenderedMail {
  const color = safeColor(brand.color);
  const paragraphs = content.paragraphs
    .map((p) => `<p style="margin:0 0 16px;line-height:1.6;color:#334155">${escapeHtml(p)}</p>`)
    .join('');
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:12px 20px;background:${color};color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600">${escapeHtml(content.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#64748b">Or paste this address into your browser: ${escapeHtml(content.action.url)}</p>`
    : '';
  const footnote = content.footnote
    ? `<p style="margin:16px 0 0;font-size:13px;color:#64748b">${escapeHtml(content.footnote)}</p>`
    : '';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;background:#f1f5f9;font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px;overflow:hidden">
<tr><td style="background:${color};padding:16px 24px;color:#ffffff;font-size:18px;font-weight:700">${escapeHtml(brand.name)}</td></tr>
<tr><td style="padding:24px">
<h1 style="margin:0 0 16px;font-size:20px;color:#0f172a">${escapeHtml(content.heading)}</h1>
${paragraphs}${action}${footnote}
</td></tr></table></td></tr></table></body></html>`;
  const text = [
    brand.name,
    '',
    content.heading,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    ...(content.footnote ? [content.footnote] : []),
  ]
    .join('\n')
    .trim();
  return { subject: content.subject, html, text };
}
