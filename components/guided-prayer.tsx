"use client";
// The guided session: verse first, then one request at a time with "3 of 9", next/previous, the
// keyboard (arrows move, Enter or Space prays) and, on touch screens, swipes (left: next, right:
// back), then an end screen naming what was prayed for.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { KindBadge } from "./badges";
import { PrayButton, usePrayer } from "./pray-button";
import { PrayerCount, usePageState } from "./prayer-counts";
import { Verse } from "./verse";

export interface GuidedItem {
  id: number;
  title: string;
  html: string;
  kind: "request" | "praise";
  country: string | null;
  regionName: string;
  prayerCount: number;
  prayerPeople: number;
}

const INTERACTIVE = "a, button, input, select, textarea, summary, [role='button']";

export function GuidedPrayer({
  verse,
  items,
  regionName,
}: {
  verse: { text: string; reference: string };
  items: GuidedItem[];
  regionName: string | null;
}) {
  const t = useTranslations("pray");
  // -1: the verse; 0..n-1: the requests; n: the end.
  const [step, setStep] = useState(-1);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const go = useCallback(
    (delta: number) => {
      moved.current = true;
      setStep((s) => Math.min(items.length, Math.max(-1, s + delta)));
    },
    [items.length],
  );

  useEffect(() => {
    // After a move, focus the new step's heading so screen readers announce it.
    if (moved.current) headingRef.current?.focus();
  }, [step]);

  const current = step >= 0 && step < items.length ? items[step] : undefined;
  const swipe = useSwipe(go);

  return (
    <section
      aria-label={t("guided.label")}
      className="touch-pan-y rounded-2xl border border-line bg-card p-5 sm:p-8"
      {...swipe}
    >
      <Keyboard onMove={go} requestId={current?.id ?? null} />
      {step === -1 ? (
        <div>
          <h2
            ref={headingRef}
            tabIndex={-1}
            className="font-serif text-2xl font-semibold outline-none"
          >
            {t("guided.beginWithWord")}
          </h2>
          <div className="mt-4">
            <Verse text={verse.text} reference={verse.reference} />
          </div>
          <p className="mt-4 text-muted">
            {regionName
              ? t("guided.followFrom", { count: items.length, region: regionName })
              : t("guided.follow", { count: items.length })}
          </p>
        </div>
      ) : current ? (
        <article aria-labelledby={`guided-${current.id}`}>
          <p className="text-sm font-semibold text-muted" aria-live="polite">
            {t("guided.step", { current: step + 1, total: items.length })}
          </p>
          <div
            className="mt-2 h-1.5 overflow-hidden rounded-full bg-paper"
            role="progressbar"
            aria-label={t("guided.progress")}
            aria-valuemin={1}
            aria-valuemax={items.length}
            aria-valuenow={step + 1}
            aria-valuetext={t("guided.step", { current: step + 1, total: items.length })}
          >
            <div
              className="h-full bg-accent"
              style={{ width: `${((step + 1) / items.length) * 100}%` }}
            />
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-2">
            <KindBadge kind={current.kind} />
            <span className="text-sm text-muted">
              {current.country ? `${current.country} · ${current.regionName}` : current.regionName}
            </span>
          </div>
          <h2
            id={`guided-${current.id}`}
            ref={headingRef}
            tabIndex={-1}
            className="mt-2 font-serif text-2xl leading-snug font-semibold outline-none"
          >
            {current.title}
          </h2>
          <div
            className="prose-body mt-3 text-lg"
            dangerouslySetInnerHTML={{ __html: current.html }}
          />
          <div className="mt-5 flex flex-wrap items-center gap-4">
            <PrayButton requestId={current.id} size="lg" kind={current.kind} />
            <PrayerCount
              id={current.id}
              kind={current.kind}
              initial={{ times: current.prayerCount, people: current.prayerPeople }}
            />
          </div>
        </article>
      ) : (
        <EndScreen items={items} headingRef={headingRef} onRestart={() => go(-items.length - 1)} />
      )}
      <div className="mt-8 flex items-center justify-between gap-3 border-t border-line pt-4">
        <button
          type="button"
          onClick={() => go(-1)}
          disabled={step === -1}
          className="rounded-lg border border-line px-4 py-2 font-semibold disabled:opacity-50"
        >
          <span aria-hidden="true">← </span>
          {t("guided.previous")}
        </button>
        {step < items.length ? (
          <button
            type="button"
            onClick={() => go(1)}
            className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink"
          >
            {step === -1
              ? t("guided.begin")
              : step === items.length - 1
                ? t("guided.finish")
                : t("guided.next")}
            <span aria-hidden="true"> →</span>
          </button>
        ) : null}
      </div>
      {/* The help that fits the screen: keys where there is a mouse, swipes on touch screens. */}
      <p className="mt-3 text-sm text-muted pointer-coarse:hidden">{t("guided.keysHelp")}</p>
      <p className="mt-3 hidden text-sm text-muted pointer-coarse:block">{t("guided.swipeHelp")}</p>
    </section>
  );
}

/** A horizontal swipe of at least 60 px (and mostly sideways) moves: left to the next, right back. */
function useSwipe(onMove: (delta: number) => void) {
  const start = useRef<{ x: number; y: number } | null>(null);
  return {
    onTouchStart: (event: React.TouchEvent) => {
      const touch = event.touches[0];
      start.current =
        event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null;
    },
    onTouchEnd: (event: React.TouchEvent) => {
      const from = start.current;
      const touch = event.changedTouches[0];
      start.current = null;
      if (!from || !touch) return;
      const dx = touch.clientX - from.x;
      const dy = touch.clientY - from.y;
      if (Math.abs(dx) >= 60 && Math.abs(dx) > 2 * Math.abs(dy)) onMove(dx < 0 ? 1 : -1);
    },
  };
}

/** Arrow keys move; Enter or Space says "I prayed" unless a control has focus (it then acts itself). */
function Keyboard({
  onMove,
  requestId,
}: {
  onMove: (delta: number) => void;
  requestId: number | null;
}) {
  const { pray } = usePrayer(requestId ?? 0);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      const onControl = target?.closest(INTERACTIVE) !== null && target !== null;
      if (event.key === "ArrowRight" && !target?.closest("input, select, textarea")) {
        event.preventDefault();
        onMove(1);
      } else if (event.key === "ArrowLeft" && !target?.closest("input, select, textarea")) {
        event.preventDefault();
        onMove(-1);
      } else if ((event.key === "Enter" || event.key === " ") && !onControl && requestId) {
        event.preventDefault();
        pray();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onMove, pray, requestId]);
  return null;
}

function EndScreen({
  items,
  headingRef,
  onRestart,
}: {
  items: GuidedItem[];
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onRestart: () => void;
}) {
  const t = useTranslations("pray");
  const { state } = usePageState();
  const prayed = items.filter((item) => state?.prayedToday.includes(item.id));
  return (
    <div>
      <h2 ref={headingRef} tabIndex={-1} className="font-serif text-2xl font-semibold outline-none">
        {t("end.heading")}
      </h2>
      {prayed.length > 0 ? (
        <>
          <p className="mt-3">{t("end.prayedFor", { count: prayed.length })}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {prayed.map((item) => (
              <li key={item.id}>
                <Link
                  href={`/requests/${item.id}`}
                  className="text-accent underline-offset-4 hover:underline"
                >
                  {item.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-3 text-muted">{t("end.wentThrough", { count: items.length })}</p>
      )}
      <div className="mt-5 flex flex-wrap gap-4">
        <Link href="/" className="text-accent underline underline-offset-4">
          {t("end.back")}
        </Link>
        <button
          type="button"
          onClick={onRestart}
          className="text-accent underline underline-offset-4"
        >
          {t("end.restart")}
        </button>
      </div>
    </div>
  );
}
