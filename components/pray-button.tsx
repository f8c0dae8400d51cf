"use client";
// "I prayed": pressed once the person prayed for this request today. Optimistic, rolled back on failure.
// A visitor is sent to sign in and brought back to where they were (the same list and page, scrolled
// to the card), and the prayer they meant is then recorded by itself. Offline, the press is kept on
// the device and sent when the connection is back (lib/offline-prayers.ts).
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "@/i18n/navigation";
import { ApiError, sendJson } from "@/lib/api-client";
import { prayLabel, type PrayerKind } from "@/lib/count-text";
import { queuePrayer } from "@/lib/offline-prayers";
import { useQueuedPrayers, useSentOffline } from "./offline-status";
import { usePageState, type Counts, type PageState } from "./prayer-counts";

export function usePrayer(requestId: number) {
  const { state, queryKey, update } = usePageState();
  const client = useQueryClient();
  const router = useRouter();
  const waiting = useQueuedPrayers().some((prayer) => prayer.requestId === requestId);
  const common = useTranslations("common");
  const [keepError, setKeepError] = useState<Error | null>(null);
  const keepOffline = (id: number) => {
    const kept = queuePrayer(id);
    if (kept === "kept") setKeepError(null);
    else
      setKeepError(new Error(common(kept === "tooMany" ? "offline.tooMany" : "offline.notKept")));
  };
  const sentOffline = useSentOffline(requestId);
  const prayed = (state?.prayedToday.includes(requestId) ?? false) || waiting || sentOffline;
  const mutation = useMutation({
    mutationFn: () => sendJson<{ counts: Counts }>("/api/prayers", "POST", { requestId }),
    onMutate: async () => {
      await client.cancelQueries({ queryKey });
      const previous = client.getQueryData<PageState>(queryKey);
      update((s) => {
        if (s.prayedToday.includes(requestId)) return s;
        const counts = s.counts[requestId] ?? { times: 0, people: 0 };
        return {
          ...s,
          prayedToday: [...s.prayedToday, requestId],
          counts: { ...s.counts, [requestId]: { ...counts, times: counts.times + 1 } },
        };
      });
      return { previous };
    },
    onError: (error, _vars, context) => {
      if (context?.previous) client.setQueryData(queryKey, context.previous);
      // The connection dropped on the way: kept on the device, sent when it is back.
      if (error instanceof ApiError && error.status === 0) keepOffline(requestId);
      // Pressed before the page knew who is here (its state still loading): the same as a visitor.
      if (error instanceof ApiError && error.status === 401) {
        rememberPrayer(requestId);
        router.push(signInHref(requestId));
      }
    },
    onSuccess: (result) => {
      update((s) => ({ ...s, counts: { ...s.counts, [requestId]: result.counts } }));
    },
    onSettled: () => client.invalidateQueries({ queryKey }),
  });
  const pray = () => {
    if (!navigator.onLine) {
      if (!prayed) keepOffline(requestId);
      return;
    }
    if (state && !state.signedIn) {
      rememberPrayer(requestId);
      router.push(signInHref(requestId));
      return;
    }
    mutation.mutate();
  };
  // Back from signing in: the prayer pressed before is recorded once (the first button for it).
  const signedIn = state?.signedIn ?? false;
  const { mutate } = mutation;
  useEffect(() => {
    if (signedIn && takeRememberedPrayer(requestId) && !prayed) mutate();
  }, [signedIn, requestId, prayed, mutate]);
  // Kept offline: the "could not reach" error of the attempt is not shown, the waiting note is.
  const error = waiting ? null : (keepError ?? mutation.error);
  return { prayed, waiting, pray, pending: mutation.isPending, error };
}

const PENDING_PRAYER = "intercede:pending-prayer";

function rememberPrayer(requestId: number) {
  try {
    sessionStorage.setItem(PENDING_PRAYER, String(requestId));
  } catch {
    // Storage refused (private mode): they press again after signing in.
  }
}

/** True (once) when this request's prayer was pressed before signing in. */
function takeRememberedPrayer(requestId: number): boolean {
  try {
    if (sessionStorage.getItem(PENDING_PRAYER) !== String(requestId)) return false;
    sessionStorage.removeItem(PENDING_PRAYER);
    return true;
  } catch {
    return false;
  }
}

/** Sign in, then back to this very page (its filters and page), at the card when there is one. */
function signInHref(requestId: number) {
  const card = document.getElementById(`request-${requestId}`) ? `#request-${requestId}` : "";
  const here = `${window.location.pathname}${window.location.search}${card}`;
  return `/sign-in?callbackUrl=${encodeURIComponent(here)}`;
}

export function PrayButton({
  requestId,
  size = "md",
  kind = "request",
}: {
  requestId: number;
  size?: "md" | "lg";
  kind?: PrayerKind;
}) {
  const t = useTranslations("requests");
  const common = useTranslations("common");
  const { prayed, waiting, pray, error } = usePrayer(requestId);
  const padding = size === "lg" ? "px-6 py-3 text-lg" : "px-4 py-2";
  return (
    <div className="flex shrink-0 flex-col items-end gap-1">
      <button
        type="button"
        aria-pressed={prayed}
        onClick={pray}
        className={`rounded-full border-2 font-semibold transition-colors ${padding} ${
          prayed
            ? "border-accent bg-accent text-accent-ink"
            : "border-accent text-accent hover:bg-request-bg"
        }`}
      >
        {/* The mark's space is kept when unpressed, so pressing never changes the button's width. */}
        <span aria-hidden="true" className={prayed ? undefined : "invisible"}>
          ✓{" "}
        </span>
        {prayLabel(kind, t)}
      </button>
      {/* Under the button, so the count beside it keeps its room on a phone. */}
      {waiting ? (
        <span role="status" className="max-w-44 text-right text-xs text-muted">
          {common("offline.queued")}
        </span>
      ) : null}
      {error && !(error instanceof ApiError && error.status === 401) ? (
        <span role="alert" className="max-w-xs text-right text-sm text-red-700 dark:text-red-300">
          {error.message}
        </span>
      ) : null}
    </div>
  );
}
