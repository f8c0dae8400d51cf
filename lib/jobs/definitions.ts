// The app's jobs: what runs in the background, with its payload, retry policy and time limit. Both
// backends run exactly these definitions; adding a job is one entry here, and
// `enqueue("send-reminder", …)` is then typed by it.
import "server-only";
import { afterScheduledPublish } from "@/lib/cache";
import { followerNoticesToDeliver, recordWeeklyDigest } from "@/lib/data/notifications";
import { remindersToSend } from "@/lib/data/reminders";
import { env } from "@/lib/env";
import { deliverOne, queueDelivery } from "@/lib/mail";
import { sendReminder } from "@/lib/reminders";
import { enqueueMany } from "./index";
import { z } from "@/lib/validation/zod";
import { PermanentJobError, type JobDefinition } from "./core";
import {
  parseWeeklySchedule,
  type HourlySchedule,
  type MinutesSchedule,
  type WeeklySchedule,
} from "./schedule";

function defineJob<Payload>(definition: JobDefinition<Payload>): JobDefinition<Payload> {
  return definition;
}

const id = z.number().int().positive();

/**
 * The weekly digest's moment of the week (DIGEST_SCHEDULE, e.g. "MON 07:00"), read in each member's
 * own time zone (lib/data/notifications.ts); null when it is "off". The zone here is
 * APP_TIME_ZONE, for reports only.
 */
export function digestSchedule(): WeeklySchedule | null {
  const { DIGEST_SCHEDULE, APP_TIME_ZONE } = env();
  if (DIGEST_SCHEDULE.trim().toLowerCase() === "off") return null;
  return parseWeeklySchedule(DIGEST_SCHEDULE, APP_TIME_ZONE);
}

/**
 * When the weekly-digest job looks for members whose own digest moment has come: every hour, on
 * the hour (time zones differ from UTC by whole hours, or :30 and :45, so a digest goes within the
 * hour after its moment in the member's zone). Off with the digest.
 */
export function digestCheckSchedule(): HourlySchedule | null {
  return digestSchedule() ? { every: "hour", minute: 0, timeZone: "UTC" } : null;
}

/**
 * When the reminders-due job looks for prayer reminders whose time has come on their member's own
 * clock: every five minutes, so a reminder goes within five minutes of the time chosen.
 */
export function reminderCheckSchedule(): MinutesSchedule {
  return { everyMinutes: 5, timeZone: "UTC" };
}

export const appJobs = {
  /**
   * After a case update has committed: one notice per follower recorded in the outbox (the dedupe
   * key per update and person makes a rerun record nothing), each handed to a deliver-mail job.
   */
  "notify-followers": defineJob({
    payload: z.object({ updateId: id }),
    async run({ updateId }) {
      await queueDelivery(await followerNoticesToDeliver(updateId));
    },
    retryLimit: 5,
    backoffSeconds: 10,
    maxBackoffSeconds: 600,
    timeoutSeconds: 300,
  }),

  /**
   * One recorded message through SMTP. The outbox row's compare-and-set claim, leased as long as
   * this job is, stays the guard against sending it twice; a refusal is retried with growing pauses
   * until the outbox's own limit (5 attempts) gives up on it.
   */
  "deliver-mail": defineJob({
    payload: z.object({ outboxId: id }),
    async run({ outboxId }, job) {
      const result = await deliverOne(outboxId, { leaseUntil: job.deadline });
      if (result.outcome === "busy") throw new Error(`Another sender holds message ${outboxId}`);
      if (result.outcome === "failed") {
        if (result.final) throw new PermanentJobError(result.error);
        throw new Error(result.error);
      }
      return result.outcome;
    },
    retryLimit: 8,
    backoffSeconds: 30,
    maxBackoffSeconds: 3600,
    // An attempt ends within Nodemailer's timeouts (30 s to connect, 30 s for the greeting, 60 s idle).
    timeoutSeconds: 180,
  }),

  /**
   * The weekly digest, at DIGEST_SCHEDULE in each subscriber's own time zone: the job runs every
   * hour and records the digest of each subscriber whose moment has come and who has not had this
   * (their own) week's yet (digest_sends), then hands them to deliver-mail jobs.
   */
  "weekly-digest": defineJob({
    payload: z.object({ scheduledFor: z.string().max(40).optional() }),
    async run() {
      const { toDeliver } = await recordWeeklyDigest(new Date());
      await queueDelivery(toDeliver);
    },
    schedule: digestCheckSchedule,
    retryLimit: 3,
    backoffSeconds: 60,
    maxBackoffSeconds: 900,
    timeoutSeconds: 900,
  }),

  /**
   * Every five minutes: claims the prayer reminders whose time has come in each member's own zone
   * (one reminder_sends row per member and local day, however many workers look at once) and hands
   * each claim of the last hours to a send-reminder job (one job per claim: a repeat is a no-op).
   */
  "reminders-due": defineJob({
    payload: z.object({ scheduledFor: z.string().max(40).optional() }),
    async run() {
      const claims = await remindersToSend(new Date());
      await enqueueMany(
        "send-reminder",
        claims.map((claim) => ({ payload: claim, singletonKey: `${claim.userId}:${claim.day}` })),
      );
      return claims.length;
    },
    schedule: reminderCheckSchedule,
    retryLimit: 2,
    backoffSeconds: 30,
    maxBackoffSeconds: 120,
    timeoutSeconds: 240,
  }),

  /**
   * One member's reminder for one day of theirs: a notification to each device not yet reached
   * (recorded as each is accepted, so a retry sends only the rest; 404/410 removes the device) and
   * the e-mail (one per day by its dedupe key), handed to deliver-mail.
   */
  "send-reminder": defineJob({
    payload: z.object({
      userId: z.string().min(1).max(100),
      day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    }),
    async run(claim) {
      const report = await sendReminder(claim);
      if (report.failed.length > 0)
        throw new Error(`${report.failed.length} push(es) not sent: ${report.failed[0]}`);
      return report;
    },
    retryLimit: 4,
    backoffSeconds: 60,
    maxBackoffSeconds: 900,
    // Each push has 15 s (lib/push.ts); a member has at most 10 devices.
    timeoutSeconds: 300,
  }),

  /** When a scheduled bulletin's time comes: the cache drops the pages it changes. */
  "publish-scheduled": defineJob({
    payload: z.object({ bulletinId: id }),
    async run({ bulletinId }) {
      await afterScheduledPublish(bulletinId);
    },
    retryLimit: 3,
    backoffSeconds: 10,
    maxBackoffSeconds: 300,
    timeoutSeconds: 60,
  }),
};

export type AppJobs = typeof appJobs;
