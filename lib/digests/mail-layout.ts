// The one HTML shell of every digest: a single 600 px column that shrinks to the window (narrow
// mail clients and phones), inline styles only (clients strip <style>), system fonts, no images,
// no remote resources and no tracking pixels; and the plain-text footer that matches it, both in
// the recipient's language (EN_MAIL_TEXT by default). Pure.
import { EN_MAIL_TEXT, type MailText } from './mail-text';

export type RenderedMail = { subject: string; html: string; text: string };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

export const css = {
  h2: 'margin:24px 0 8px;font-size:17px;line-height:1.3;color:#1f2937;',
  p: 'margin:0 0 12px;font-size:15px;line-height:1.5;color:#374151;',
  muted: 'margin:0 0 12px;font-size:13px;line-height:1.5;color:#6b7280;',
  item: 'margin:0 0 12px;padding:10px 12px;border:1px solid #e5e7eb;border-radius:6px;font-size:15px;line-height:1.45;color:#374151;',
  link: 'color:#1d4ed8;text-decoration:underline;',
  note: 'margin:12px 0;padding:12px;border-left:4px solid #f59e0b;background:#fffbeb;font-size:15px;line-height:1.5;color:#374151;',
};

export function mailLayout(options: {
  title: string;
  intro: string;
  bodyHtml: string;
  unsubscribeUrl: string;
  reason: string;
  text?: MailText;
}): string {
  const { title, intro, bodyHtml, unsubscribeUrl, reason, text = EN_MAIL_TEXT } = options;
  const link = `<a href="${escapeHtml(unsubscribeUrl)}" style="${css.link}">${escapeHtml(text.t('email.layout.unsubscribe'))}</a>`;
  // The message is ours and the link is built and escaped above; only the link goes in unescaped.
  const unsubscribe = escapeHtml(text.t('email.layout.unsubscribeLine', { link: '\u0000' })).replace('\u0000', link);
  return `<!doctype html>
<html lang="${escapeHtml(text.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:0;padding:0;background:#f3f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;background:#f3f4f6;">
<tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background:#ffffff;border-radius:8px;">
<tr><td style="padding:20px 16px;font-family:${FONT};overflow-wrap:anywhere;word-break:break-word;">
<p style="margin:0 0 4px;font-size:13px;color:#6b7280;">${escapeHtml(text.t('email.brand'))}</p>
<h1 style="margin:0 0 12px;font-size:20px;line-height:1.3;color:#111827;">${escapeHtml(title)}</h1>
<p style="${css.p}">${escapeHtml(intro)}</p>
${bodyHtml}
<hr style="border:0;border-top:1px solid #e5e7eb;margin:24px 0 12px;">
<p style="${css.muted}">${escapeHtml(reason)} ${unsubscribe}</p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

export function textFooter(reason: string, unsubscribeUrl: string, text: MailText = EN_MAIL_TEXT): string {
  return `\n--\n${reason}\n${text.t('email.layout.unsubscribeText', { url: unsubscribeUrl })}\n`;
}
