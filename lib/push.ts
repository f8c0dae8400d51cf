// Web Push: the one module that knows the `web-push` library. It signs each message with the app's
// VAPID key (VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY; `npm run dev` writes development keys) and
// encrypts the payload for the subscription (RFC 8291, aes128gcm); the request itself goes out by
// fetch, with a time limit, so the answer's status decides what happens to the subscription.
import "server-only";
import webpush from "web-push";
import { env } from "./env";
import { siteUrl } from "./site";

/** A browser's subscription as PushSubscription#toJSON() gives it. */
export interface PushTarget {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** What a notification shows, and the page it opens (read by the service worker's push handler). */
export interface PushPayload {
  title: string;
  body: string;
  url: string;
}

export type PushOutcome =
  | { outcome: "sent" }
  /** The push service no longer knows the subscription (404 or 410; 0: its keys are unusable). */
  | { outcome: "gone"; status: number }
  /** Refused for now or unreachable: worth another try later. */
  | { outcome: "failed"; error: string };

interface VapidDetails {
  subject: string;
  publicKey: string;
  privateKey: string;
}

/** The app's VAPID public key (for PushManager#subscribe), or null when push is not set up. */
export function vapidPublicKey(): string | null {
  return env().VAPID_PUBLIC_KEY ?? null;
}

/**
 * Who push services may contact: VAPID_SUBJECT, else APP_URL when it is https, else the address
 * mail is sent from.
 */
export function vapidSubject(): string {
  const { VAPID_SUBJECT, MAIL_FROM } = env();
  if (VAPID_SUBJECT) return VAPID_SUBJECT;
  const site = siteUrl();
  if (site.startsWith("https://")) return site;
  const address = /<([^<>\s]+@[^<>\s]+)>/.exec(MAIL_FROM)?.[1] ?? MAIL_FROM.trim();
  return `mailto:${address}`;
}

function vapidDetails(): VapidDetails | null {
  const { VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY } = env();
  if (!VAPID_PUBLIC_KEY || !VAPID_PRIVATE_KEY) return null;
  return { subject: vapidSubject(), publicKey: VAPID_PUBLIC_KEY, privateKey: VAPID_PRIVATE_KEY };
}

/** How long a push service keeps an undelivered reminder (a phone that is off): four hours. */
const TIME_TO_LIVE_SECONDS = 4 * 3600;
const REQUEST_TIMEOUT_MS = 15_000;

/** Sends one notification to one subscription. Never throws: the outcome says what came of it. */
export async function sendPush(target: PushTarget, payload: PushPayload): Promise<PushOutcome> {
  const vapid = vapidDetails();
  if (!vapid) return { outcome: "failed", error: "Web Push is not set up (no VAPID keys)." };
  let request: ReturnType<typeof webpush.generateRequestDetails>;
  try {
    request = webpush.generateRequestDetails(target, JSON.stringify(payload), {
      vapidDetails: vapid,
      TTL: TIME_TO_LIVE_SECONDS,
      contentEncoding: "aes128gcm",
      urgency: "normal",
    });
  } catch {
    // A subscription whose keys cannot be used (malformed p256dh or auth) will never work.
    return { outcome: "gone", status: 0 };
  }
  try {
    const response = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: request.body ? new Uint8Array(request.body) : null,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      redirect: "error",
    });
    await response.body?.cancel();
    if (response.ok) return { outcome: "sent" };
    if (response.status === 404 || response.status === 410)
      return { outcome: "gone", status: response.status };
    return { outcome: "failed", error: `The push service answered ${response.status}` };
  } catch (error) {
    return { outcome: "failed", error: error instanceof Error ? error.message : String(error) };
  }
}
