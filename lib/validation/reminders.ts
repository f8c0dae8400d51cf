// A prayer reminder as input (PUT /api/me/reminder, the /me form) and a browser's push subscription
// (POST/DELETE /api/me/push-subscriptions). Safe in the browser: the form checks with the same rules.
import { z } from "@/lib/validation/zod";

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay counts. */
export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

export const reminderSchema = z.object({
  days: z
    .array(
      z
        .number("Choose days of the week")
        .int("Choose days of the week")
        .min(0, "Choose days of the week")
        .max(6, "Choose days of the week"),
      "Choose days of the week",
    )
    .min(1, "Choose at least one day")
    .max(7, "Choose days of the week"),
  time: z
    .string("Choose a time")
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Give the time as HH:MM, from 00:00 to 23:59"),
  byPush: z.boolean("Say whether to remind you by notification (true or false)"),
  byEmail: z.boolean("Say whether to remind you by e-mail (true or false)"),
});
export type ReminderInput = z.output<typeof reminderSchema>;

/** Hosts a push service is never on: this machine and private networks (no requests sent there). */
function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".local")) return true;
  // An address literal: push services are reached by name.
  return /^[\d.]+$/.test(host) || host.includes(":");
}

const base64url = (max: number, message: string) =>
  z
    .string(message)
    .min(16, message)
    .max(max, message)
    .regex(/^[A-Za-z0-9_-]+=*$/, message);

export const pushSubscriptionSchema = z.object({
  endpoint: z
    .string("Give the subscription's endpoint")
    .max(1000, "The subscription's endpoint is too long (at most 1,000 characters)")
    .refine((value) => {
      try {
        const url = new URL(value);
        return url.protocol === "https:" && !isPrivateHost(url.hostname);
      } catch {
        return false;
      }
    }, "The subscription's endpoint must be the https address of a push service"),
  keys: z.object({
    p256dh: base64url(200, "The subscription's p256dh key is not valid"),
    auth: base64url(100, "The subscription's auth secret is not valid"),
  }),
});
export type PushSubscriptionInput = z.output<typeof pushSubscriptionSchema>;

export const pushEndpointSchema = z.object({ endpoint: pushSubscriptionSchema.shape.endpoint });
