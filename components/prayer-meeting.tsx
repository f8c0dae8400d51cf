"use client";
// A prayer meeting (/pray/present/<code>): on the projector, the person presenting moves it with the
// arrow or page keys (a clicker sends those) or the buttons; every phone that opened the link
// follows within a second or two and can say "I prayed". Each screen says it is here about once a
// second; the count of screens is "N praying now" (never who).
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { sendJson } from "@/lib/api-client";
import { KindBadge } from "./badges";
import type { GuidedItem } from "./guided-prayer";
import { PrayButton } from "./pray-button";
import { PrayerCount } from "./prayer-counts";
import { Verse } from "./verse";

const POLL_MS = 1_000;
const NEXT_KEYS = new Set(["ArrowRight", "PageDown", " ", "ArrowDown"]);
const BACK_KEYS = new Set(["ArrowLeft", "PageUp", "ArrowUp"]);

export function PrayerMeeting({
  id,
  presenting,
  initialStep,
  verse,
  items,
  join,
}: {
  id: string;
  presenting: boolean;
  initialStep: number;
  verse: { text: string; reference: string };
  items: GuidedItem[];
  /** The QR code and address to join by (shown on the presenter's screen). */
  join: React.ReactNode;
}) {
  const t = useTranslations("pray");
  const [step, setStep] = useState(initialStep);
  const [praying, setPraying] = useState<number | null>(null);
  const current = useRef(initialStep);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // A key this screen makes up for itself, so it is counted once: not a person.
    const screen = crypto.randomUUID().replaceAll("-", "");
    let live = true;
    const tick = async () => {
      try {
        const state = await sendJson<{ step: number; praying: number }>(
          `/api/meetings/${id}/presence`,
          "POST",
          { viewer: screen },
        );
        if (!live) return;
        setPraying(state.praying);
        if (!presenting && state.step !== current.current) {
          current.current = state.step;
          setStep(state.step);
        }
      } catch {
        // Offline for a moment: the next tick tries again.
      }
    };
    void tick();
    const timer = setInterval(tick, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [id, presenting]);

  const move = useCallback(
    (delta: number) => {
      const next = Math.max(-1, Math.min(items.length, current.current + delta));
      if (next === current.current) return;
      current.current = next;
      setStep(next);
      void sendJson(`/api/meetings/${id}`, "PUT", { step: next }).catch(() => undefined);
    },
    [id, items.length],
  );

  useEffect(() => {
    if (!presenting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest("input, select, textarea, button, a")) return;
      if (NEXT_KEYS.has(event.key)) {
        event.preventDefault();
        move(1);
      } else if (BACK_KEYS.has(event.key)) {
        event.preventDefault();
        move(-1);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [presenting, move]);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [step]);

  const item = step >= 0 && step < items.length ? items[step] : undefined;
  return (
    <div className="space-y-6">
      <p className="flex flex-wrap justify-between gap-2 text-sm font-semibold text-muted">
        <span>
          {item
            ? t("guided.step", { current: step + 1, total: items.length })
            : step < 0
              ? t("present.opening")
              : t("present.closing")}
        </span>
        <span aria-live="polite" data-testid="praying-now">
          {praying === null ? "" : t("present.praying", { count: praying })}
        </span>
      </p>
      <section
        aria-label={t("present.label")}
        className="rounded-2xl border border-line bg-card p-6 sm:p-10"
      >
        {step < 0 ? (
          <div>
            <h2
              ref={headingRef}
              tabIndex={-1}
              className="font-serif text-3xl font-semibold outline-none sm:text-5xl"
            >
              {t("guided.beginWithWord")}
            </h2>
            <div className="mt-6 text-xl sm:text-3xl">
              <Verse text={verse.text} reference={verse.reference} />
            </div>
          </div>
        ) : item ? (
          <article aria-labelledby={`meeting-${item.id}`}>
            <div className="flex flex-wrap items-center gap-2">
              <KindBadge kind={item.kind} />
              <span className="text-muted sm:text-xl">
                {item.country ? `${item.country} · ${item.regionName}` : item.regionName}
              </span>
            </div>
            <h2
              id={`meeting-${item.id}`}
              ref={headingRef}
              tabIndex={-1}
              className="mt-3 font-serif text-3xl leading-tight font-semibold outline-none sm:text-5xl"
            >
              {item.title}
            </h2>
            <div
              className="prose-body mt-5 text-xl sm:text-2xl"
              dangerouslySetInnerHTML={{ __html: item.html }}
            />
            <div className="mt-6 flex flex-wrap items-center gap-4">
              {presenting ? null : <PrayButton requestId={item.id} size="lg" kind={item.kind} />}
              <PrayerCount
                id={item.id}
                kind={item.kind}
                initial={{ times: item.prayerCount, people: item.prayerPeople }}
              />
            </div>
          </article>
        ) : (
          <div>
            <h2
              ref={headingRef}
              tabIndex={-1}
              className="font-serif text-3xl font-semibold outline-none sm:text-5xl"
            >
              {t("present.amen")}
            </h2>
            <p className="mt-4 text-xl">{t("present.prayedThrough", { count: items.length })}</p>
          </div>
        )}
      </section>
      {presenting ? (
        <div className="flex flex-wrap items-start justify-between gap-6">
          <div className="space-y-3">
            <div className="flex gap-3">
              <button
                type="button"
                onClick={() => move(-1)}
                disabled={step === -1}
                className="rounded-lg border border-line px-4 py-2 font-semibold disabled:opacity-50"
              >
                <span aria-hidden="true">← </span>
                {t("guided.previous")}
              </button>
              <button
                type="button"
                onClick={() => move(1)}
                disabled={step === items.length}
                className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink disabled:opacity-50"
              >
                {t("guided.next")}
                <span aria-hidden="true"> →</span>
              </button>
            </div>
            <p className="max-w-prose text-sm text-muted">{t("present.keysHelp")}</p>
          </div>
          <div>
            <p className="mb-2 font-semibold">{t("present.joinHeading")}</p>
            {join}
          </div>
        </div>
      ) : (
        <p className="text-sm text-muted">{t("present.following")}</p>
      )}
    </div>
  );
}
