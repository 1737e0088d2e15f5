// SMTP through nodemailer when PATHWISE_SMTP_URL is set (e.g. smtps://user:pass@mail.example:465);
// without it there is no mailer, and digests are only rendered and kept (Admin → Notifications).
import nodemailer from 'nodemailer';

export type OutgoingMail = { to: string; subject: string; html: string; text: string; headers: Record<string, string> };
export type Mailer = { from: string; send: (mail: OutgoingMail) => Promise<{ messageId: string }>; close: () => void };

export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    from,
    send: async (mail) => {
      const info = await transport.sendMail({ from, ...mail });
      return { messageId: String(info.messageId) };
    },
    close: () => transport.close(),
  };
}

export function mailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer | null {
  const url = env.PATHWISE_SMTP_URL?.trim();
  if (!url) return null;
  return createMailer(url, env.PATHWISE_MAIL_FROM?.trim() || 'Pathwise <pathwise@localhost>');
}
