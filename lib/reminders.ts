// Sending one claimed prayer reminder (lib/data/reminders.ts claims it): a notification to each of
// the member's devices that has not had today's yet, and/or one e-mail through the outbox, both in
// the member's language and opening guided prayer (/pray) in it. Safe to run again: a device a push
// service accepted is recorded and skipped, the e-mail has a dedupe key per member and day.
import "server-only";
import {
  forgetPushSubscription,
  recordReminderPush,
  reminderDelivery,
  type ReminderClaim,
} from "@/lib/data/reminders";
import { pendingMailIds } from "@/lib/data/mail";
import { emailTranslator, localePath } from "@/lib/email-i18n";
import { queueDelivery, queueMail, reminderKey, reminderMail } from "@/lib/mail";
import { sendPush, vapidPublicKey, type PushPayload } from "@/lib/push";
import type { Locale } from "@/i18n/locales";
import { siteUrl } from "./site";

export interface ReminderReport {
  pushed: number;
  /** Subscriptions the push service no longer knows: removed. */
  removed: number;
  /** Pushes refused for now or unreachable (the job retries them). */
  failed: string[];
  /** Outbox ids handed to delivery. */
  mailed: number[];
}

/** What a reminder notification says, and the page it opens (the member's language's /pray). */
export function reminderPayload(locale: Locale): PushPayload {
  const t = emailTranslator(locale);
  return {
    title: t("reminder.subject"),
    body: t("reminder.push"),
    url: `${siteUrl().replace(/\/+$/, "")}${localePath(locale, "/pray")}`,
  };
}

/** Sends what a claimed reminder still has to send. Throws nothing; the report says what failed. */
export async function sendReminder(claim: ReminderClaim): Promise<ReminderReport> {
  const report: ReminderReport = { pushed: 0, removed: 0, failed: [], mailed: [] };
  const delivery = await reminderDelivery(claim);
  if (!delivery) return report;
  const { recipient } = delivery;
  if (delivery.devices.length > 0 && vapidPublicKey()) {
    const payload = reminderPayload(recipient.locale);
    for (const device of delivery.devices) {
      const result = await sendPush(device, payload);
      if (result.outcome === "sent") {
        await recordReminderPush(claim, device.id);
        report.pushed += 1;
      } else if (result.outcome === "gone") {
        await forgetPushSubscription(device.id);
        report.removed += 1;
      } else report.failed.push(result.error);
    }
  }
  if (delivery.byEmail) {
    await queueMail([reminderMail({ day: claim.day, recipient })]);
    // Recorded now or by an earlier attempt that died before handing it on.
    report.mailed = await pendingMailIds(reminderKey(recipient.id, claim.day));
    await queueDelivery(report.mailed);
  }
  return report;
}
