"use client";
// The person's prayer reminder on /me: weekdays and a time on their own clock, by a notification on
// this device (Web Push, through the service worker) and/or e-mail; saved with PUT /api/me/reminder,
// stopped with one click (DELETE). Turning notifications on subscribes this browser with the app's
// VAPID public key and sends the subscription to POST /api/me/push-subscriptions.
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useState } from "react";
import { Link, useRouter } from "@/i18n/navigation";
import { FormAlert, useHydrated } from "@/components/ui/field";
import { sendJson } from "@/lib/api-client";
import { useTranslateMessage } from "@/lib/i18n/use-translate-message";
import type { ReminderView } from "@/lib/data/reminders";

/** Monday first: the order most of the app's languages set out a week. */
const WEEK = [1, 2, 3, 4, 5, 6, 0] as const;
const WORKER_TIMEOUT_MS = 8_000;

type PushProblem = "unsupported" | "denied" | "noWorker" | "failed";

class PushSetupError extends Error {
  constructor(readonly problem: PushProblem) {
    super(problem);
  }
}

function pushSupported(): boolean {
  return (
    typeof window !== "undefined" &&
    "serviceWorker" in navigator &&
    "PushManager" in window &&
    "Notification" in window
  );
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
  const raw = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** The service worker's registration, once it is active; a clear failure when there is none. */
async function readyRegistration(): Promise<ServiceWorkerRegistration> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PushSetupError("noWorker")), WORKER_TIMEOUT_MS);
  });
  try {
    return await Promise.race([navigator.serviceWorker.ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** This browser's current push subscription, if it has one (never waits for a worker). */
async function currentSubscription(): Promise<PushSubscription | null> {
  if (!pushSupported()) return null;
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/** Subscribes this browser (asking permission) and tells the server. */
async function turnOnPush(vapidPublicKey: string): Promise<void> {
  if (!pushSupported()) throw new PushSetupError("unsupported");
  const permission = await Notification.requestPermission();
  if (permission !== "granted") throw new PushSetupError("denied");
  const registration = await readyRegistration();
  let subscription: PushSubscription;
  try {
    subscription =
      (await registration.pushManager.getSubscription()) ??
      (await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(vapidPublicKey),
      }));
  } catch {
    throw new PushSetupError("failed");
  }
  await sendJson("/api/me/push-subscriptions", "POST", subscription.toJSON());
}

/**
 * Unsubscribes this browser, and tells the server to forget it. The devices still getting
 * notifications, or null when this browser had none (it changed nothing).
 */
async function turnOffPush(): Promise<number | null> {
  const subscription = await currentSubscription().catch(() => null);
  if (!subscription) return null;
  const { devices } = await sendJson<{ devices: number }>("/api/me/push-subscriptions", "DELETE", {
    endpoint: subscription.endpoint,
  });
  await subscription.unsubscribe().catch(() => false);
  return devices;
}

export function ReminderSettings({
  reminder,
  vapidPublicKey,
  zone,
}: {
  reminder: ReminderView;
  /** The app's VAPID public key; null when Web Push is not set up (e-mail only). */
  vapidPublicKey: string | null;
  /** The person's time zone as people read it ("Nairobi time (UTC+3)"). */
  zone: string;
}) {
  const t = useTranslations("reminders");
  const translate = useTranslateMessage();
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const hydrated = useHydrated();
  const [days, setDays] = useState<number[]>(reminder.days);
  const [time, setTime] = useState(reminder.time);
  const [byEmail, setByEmail] = useState(reminder.byEmail || !reminder.active);
  const [byPush, setByPush] = useState(false);
  const [done, setDone] = useState<"saved" | "stopped" | null>(null);
  const pushOffered = Boolean(vapidPublicKey);

  // Whether this browser is one of the devices notifications go to.
  useEffect(() => {
    if (!pushOffered || !reminder.byPush) return;
    let live = true;
    void currentSubscription()
      .then((subscription) => {
        if (live && subscription) setByPush(true);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [pushOffered, reminder.byPush]);

  const dayName = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
    // 7 January 2024 was a Sunday.
    return (day: number) => format.format(new Date(Date.UTC(2024, 0, 7 + day)));
  }, [locale]);

  const save = useMutation({
    mutationFn: async () => {
      // "Notification on this device" is this device's: unticked here, the member's other
      // devices keep getting them (Stop reminders ends them everywhere).
      let otherDevices = 0;
      if (byPush && vapidPublicKey) await turnOnPush(vapidPublicKey);
      else if (!byPush) otherDevices = (await turnOffPush().catch(() => null)) ?? reminder.devices;
      return sendJson("/api/me/reminder", "PUT", {
        days,
        time,
        byPush: byPush || otherDevices > 0,
        byEmail,
      });
    },
    onSuccess: () => {
      setDone("saved");
      router.refresh();
    },
  });
  const stop = useMutation({
    mutationFn: async () => {
      const result = await sendJson("/api/me/reminder", "DELETE", {});
      await turnOffPush().catch(() => undefined);
      return result;
    },
    onSuccess: () => {
      setDone("stopped");
      setByPush(false);
      setDays([]);
      router.refresh();
    },
  });
  const error = save.error ?? stop.error;
  const errorText =
    error instanceof PushSetupError
      ? t(`errors.${error.problem}`)
      : error
        ? translate(error.message)
        : null;
  const edit = () => {
    setDone(null);
    save.reset();
    stop.reset();
  };
  const busy = save.isPending || stop.isPending || !hydrated;
  const chosen = WEEK.filter((day) => reminder.days.includes(day)).map(dayName);
  const summary = reminder.active
    ? t("summaryOn", {
        days: new Intl.ListFormat(locale, { type: "conjunction" }).format(chosen),
        time: reminder.time,
      })
    : t("summaryOff");

  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-muted">{t("intro")}</p>
      <form
        className="mt-3 space-y-5 rounded-xl border border-line bg-card p-4"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <p className="text-sm font-semibold" data-testid="reminder-summary">
          {summary}
        </p>
        <fieldset>
          <legend className="font-semibold">{t("days")}</legend>
          <ul className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
            {WEEK.map((day) => (
              <li key={day} className="flex items-center gap-3">
                <input
                  id={`${id}-day-${day}`}
                  type="checkbox"
                  checked={days.includes(day)}
                  onChange={(e) => {
                    edit();
                    setDays((current) =>
                      e.target.checked
                        ? [...current, day].sort()
                        : current.filter((d) => d !== day),
                    );
                  }}
                  className="size-4 accent-accent"
                />
                <label htmlFor={`${id}-day-${day}`} className="capitalize">
                  {dayName(day)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div>
          <label htmlFor={`${id}-time`} className="block font-semibold">
            {t("time")}
          </label>
          <input
            id={`${id}-time`}
            type="time"
            required
            value={time}
            onChange={(e) => {
              edit();
              setTime(e.target.value);
            }}
            aria-describedby={`${id}-zone`}
            className="mt-1 block rounded-lg border border-line bg-card px-3 py-2"
          />
          <p id={`${id}-zone`} className="mt-1 text-sm text-muted">
            {t.rich("zone", {
              zone,
              link: (chunks) => (
                <Link href="/me/account" className="text-accent underline underline-offset-4">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </div>
        <fieldset>
          <legend className="font-semibold">{t("how")}</legend>
          <div className="mt-2 space-y-2">
            <div className="flex items-start gap-3">
              <input
                id={`${id}-push`}
                type="checkbox"
                checked={byPush}
                disabled={!pushOffered}
                aria-describedby={`${id}-push-hint`}
                onChange={(e) => {
                  edit();
                  setByPush(e.target.checked);
                }}
                className="mt-1 size-4 accent-accent"
              />
              <div>
                <label htmlFor={`${id}-push`}>{t("push")}</label>
                <p id={`${id}-push-hint`} className="text-sm text-muted">
                  {!pushOffered
                    ? t("pushUnavailable")
                    : reminder.byPush && reminder.devices > 0
                      ? t("devices", { count: reminder.devices })
                      : ""}
                </p>
              </div>
            </div>
            <div className="flex items-center gap-3">
              <input
                id={`${id}-email`}
                type="checkbox"
                checked={byEmail}
                onChange={(e) => {
                  edit();
                  setByEmail(e.target.checked);
                }}
                className="size-4 accent-accent"
              />
              <label htmlFor={`${id}-email`}>{t("email")}</label>
            </div>
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            disabled={busy}
            aria-disabled={busy}
            className="rounded-lg bg-accent px-4 py-2.5 font-semibold text-accent-ink disabled:opacity-70"
          >
            {t("save")}
          </button>
          {reminder.active || reminder.devices > 0 ? (
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                edit();
                stop.mutate();
              }}
              className="rounded-lg border border-line px-4 py-2.5 font-semibold disabled:opacity-70"
            >
              {t("stop")}
            </button>
          ) : null}
          <span role="status" className="text-sm">
            {done ? t(done) : ""}
          </span>
        </div>
        <FormAlert message={errorText} />
      </form>
    </section>
  );
}
