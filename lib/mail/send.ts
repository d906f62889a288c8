import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log";

export type Mail = { to: string; subject: string; text: string };
export type MailOutcome = { delivered: boolean };

/**
 * Sends through SMTP_URL when configured. Without it the message goes to the
 * server log and the caller shows the link to the inviting admin instead.
 */
export async function sendMail(mail: Mail): Promise<MailOutcome> {
  const env = getEnv();
  if (!env.SMTP_URL) {
    logger.info("mail not sent (no SMTP_URL configured)", { to: mail.to, subject: mail.subject, text: mail.text });
    return { delivered: false };
  }
  try {
    const nodemailer = await import("nodemailer");
    const transport = nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail({ from: env.MAIL_FROM, ...mail });
    return { delivered: true };
  } catch (error) {
    logger.error("mail delivery failed", { to: mail.to, subject: mail.subject, error });
    return { delivered: false };
  }
}

export function appUrl(path: string): string {
  const env = getEnv();
  const base = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
  return new URL(path, base).toString();
}
