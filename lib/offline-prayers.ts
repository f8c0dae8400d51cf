// "I prayed" without signal: the press is kept on this device (localStorage) with a key made here
// and the moment it was pressed, and sent once the connection is back (components/offline-status.tsx).
// Sending is safe to repeat: the server records one prayer per person, request and day — the day
// of `prayedAt` — so a prayer sent twice (two tabs, an answer lost on the way) still counts once.
import { ApiError, sendJson } from "./api-client";

export interface QueuedPrayer {
  /** Made on this device (crypto.randomUUID): names this press in the queue and to the server. */
  key: string;
  requestId: number;
  /** When it was pressed (ISO 8601): the prayer counts for that day. */
  prayedAt: string;
}

const STORAGE_KEY = "intercede:offline-prayers";
/** Requests whose kept prayer this page has sent: still shown as prayed until fresh counts come. */
const sentThisVisit = new Set<number>();
const CHANGED = "intercede:offline-prayers-changed";
/** A device keeps at most this many unsent prayers (one per request). */
const MAX_QUEUED = 200;

function isQueuedPrayer(value: unknown): value is QueuedPrayer {
  if (!value || typeof value !== "object") return false;
  const { key, requestId, prayedAt } = value as Record<string, unknown>;
  return typeof key === "string" && Number.isInteger(requestId) && typeof prayedAt === "string";
}

/** The raw stored text (a stable snapshot for useSyncExternalStore). */
export function queuedPrayersSnapshot(): string {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? "[]";
  } catch {
    return "[]";
  }
}

/** The requests this page sent a kept prayer for, as text (a stable snapshot). */
export function sentPrayersSnapshot(): string {
  return [...sentThisVisit].join(",");
}

export function parseQueuedPrayers(text: string): QueuedPrayer[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter(isQueuedPrayer) : [];
  } catch {
    return [];
  }
}

/** False when the device refused (storage full, or turned off in private browsing). */
function write(prayers: QueuedPrayer[]): boolean {
  try {
    if (prayers.length === 0) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, JSON.stringify(prayers));
  } catch {
    return false;
  }
  window.dispatchEvent(new Event(CHANGED));
  return true;
}

export function subscribeQueuedPrayers(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) onChange();
  };
  window.addEventListener(CHANGED, onChange);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onStorage);
  };
}

/**
 * Keeps a press made offline; a second press for the same request before sending adds nothing.
 * "notKept": the device refused to store it; "tooMany": MAX_QUEUED are already waiting.
 */
export function queuePrayer(requestId: number, now = new Date()): "kept" | "notKept" | "tooMany" {
  const prayers = parseQueuedPrayers(queuedPrayersSnapshot());
  if (prayers.some((prayer) => prayer.requestId === requestId)) return "kept";
  if (prayers.length >= MAX_QUEUED) return "tooMany";
  const prayer = { key: crypto.randomUUID(), requestId, prayedAt: now.toISOString() };
  return write([...prayers, prayer]) ? "kept" : "notKept";
}

function forget(key: string) {
  write(parseQueuedPrayers(queuedPrayersSnapshot()).filter((prayer) => prayer.key !== key));
}

export interface FlushResult {
  sent: number;
  /** Kept because the person is not signed in (the server answered 401). */
  needSignIn: boolean;
}

export type OnSent = (requestId: number, counts: { times: number; people: number }) => void;

async function sendAll(onSent?: OnSent): Promise<FlushResult> {
  let sent = 0;
  for (const prayer of parseQueuedPrayers(queuedPrayersSnapshot())) {
    try {
      const answer = await sendJson<{ counts: { times: number; people: number } }>(
        "/api/prayers",
        "POST",
        prayer,
      );
      sent += 1;
      sentThisVisit.add(prayer.requestId);
      onSent?.(prayer.requestId, answer.counts);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status === 0) return { sent, needSignIn: false };
      if (error.status === 401) return { sent, needSignIn: true };
      if (error.status === 429 || error.status >= 500) return { sent, needSignIn: false };
      // Refused for good (the request is no longer public, the press too old): not sent again.
    }
    forget(prayer.key);
  }
  return { sent, needSignIn: false };
}

/**
 * Sends every kept prayer, one after another, removing each once the server has answered for it.
 * Tabs take turns (Web Locks), so two open tabs do not send the same list at once.
 */
export async function flushQueuedPrayers(onSent?: OnSent): Promise<FlushResult> {
  if (parseQueuedPrayers(queuedPrayersSnapshot()).length === 0)
    return { sent: 0, needSignIn: false };
  if (typeof navigator !== "undefined" && navigator.locks) {
    return navigator.locks.request(STORAGE_KEY, () => sendAll(onSent));
  }
  return sendAll(onSent);
}

/**
 * Before signing out: the kept prayers are this person's, so they are sent now if they can be, and
 * never left for whoever signs in next on this device.
 */
export async function settleQueuedPrayersBeforeSignOut(): Promise<void> {
  await flushQueuedPrayers().catch(() => undefined);
  write([]);
}
