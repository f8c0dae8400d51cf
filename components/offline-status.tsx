"use client";
// Says when the device is offline, and sends the prayers marked meanwhile once it is back
// (lib/offline-prayers.ts): on every page, so they go whichever page the member is on.
import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { Link } from "@/i18n/navigation";
import {
  flushQueuedPrayers,
  parseQueuedPrayers,
  queuedPrayersSnapshot,
  sentPrayersSnapshot,
  subscribeQueuedPrayers,
} from "@/lib/offline-prayers";
import type { PageState } from "./prayer-counts";

function subscribeOnline(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

/** The prayers kept on this device until they can be sent. */
export function useQueuedPrayers() {
  const text = useSyncExternalStore(subscribeQueuedPrayers, queuedPrayersSnapshot, () => "[]");
  return useMemo(() => parseQueuedPrayers(text), [text]);
}

/** Whether this page sent a kept prayer for the request (shown as prayed until fresh counts). */
export function useSentOffline(requestId: number): boolean {
  const text = useSyncExternalStore(subscribeQueuedPrayers, sentPrayersSnapshot, () => "");
  return text.split(",").includes(String(requestId));
}

export function OfflineStatus() {
  const t = useTranslations("common");
  const online = useOnline();
  const queued = useQueuedPrayers();
  const client = useQueryClient();
  const [sent, setSent] = useState(0);
  const [needSignIn, setNeedSignIn] = useState(false);
  const waiting = queued.length > 0;

  useEffect(() => {
    if (!online || !waiting) return;
    // Not cancelled when the list empties as it is sent: the answer is still reported.
    const onSent = (requestId: number, counts: PageState["counts"][number]) =>
      client.setQueriesData<PageState>({ queryKey: ["page-state"] }, (state) =>
        state && requestId in state.counts
          ? {
              ...state,
              counts: { ...state.counts, [requestId]: counts },
              prayedToday: [...new Set([...state.prayedToday, requestId])],
            }
          : state,
      );
    void flushQueuedPrayers(onSent).then((result) => {
      setNeedSignIn(result.needSignIn);
      if (result.sent > 0) {
        setSent((count) => count + result.sent);
        void client.invalidateQueries({ queryKey: ["page-state"] });
      }
    });
  }, [online, waiting, client]);

  return (
    <div role="status" className="empty:hidden">
      {!online ? (
        <p className="border-b border-line bg-request-bg px-4 py-3 text-center text-sm">
          {t("offline.notice")}
        </p>
      ) : sent > 0 && !waiting ? (
        <p className="border-b border-line bg-card px-4 py-3 text-center text-sm">
          {t("offline.sent", { count: sent })}
        </p>
      ) : needSignIn && waiting ? (
        <p className="border-b border-line bg-card px-4 py-3 text-center text-sm">
          <Link href="/sign-in" className="underline underline-offset-4">
            {t("offline.signIn")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
