// Sending mail: through SMTP (Nodemailer) when SMTP_URL is set, otherwise into the outbox table and the log.
import "server-only";
import nodemailer from "nodemailer";
import { markMailFailed, markMailSent, recordMail, type OutgoingMail } from "@/lib/data/mail";
import { env } from "./env";

const MAX_ATTEMPTS = 5;

export type { OutgoingMail };

let transport: nodemailer.Transporter | undefined;

function smtp(url: string): nodemailer.Transporter {
  transport ??= nodemailer.createTransport(url);
  return transport;
}

/**
 * Records the message, then delivers it. Without SMTP the outbox is the delivery (development and
 * tests read it there). With SMTP a failed send stays pending with its error, to be retried.
 */
export async function sendMail(
  mail: OutgoingMail,
): Promise<{ id: number | null; delivered: boolean }> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    const id = await recordMail(mail, "outbox");
    if (id !== null) console.info(`[mail] to ${mail.to}: ${mail.subject}\n${mail.text}`);
    return { id, delivered: id !== null };
  }
  const id = await recordMail(mail, "pending");
  if (id === null) return { id, delivered: false };
  return { id, delivered: await deliver(id, mail, SMTP_URL, MAIL_FROM, 1) };
}

async function deliver(
  id: number,
  mail: OutgoingMail,
  url: string,
  from: string,
  attempt: number,
): Promise<boolean> {
  try {
    await smtp(url).sendMail({
      from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers,
    });
    await markMailSent(id);
    return true;
  } catch (error) {
    await markMailFailed(
      id,
      error instanceof Error ? error.message : String(error),
      attempt >= MAX_ATTEMPTS,
    );
    return false;
  }
}
