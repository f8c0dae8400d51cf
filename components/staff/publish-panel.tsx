"use client";
// Publish now or at a chosen time, or take a bulletin back to draft. When the safety check flags
// something, staff see each flag and must confirm before it goes out.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { useId, useState } from "react";
import { sendJson } from "@/lib/api-client";
import { FormAlert, useHydrated } from "@/components/ui/field";
import {
  isSafetyRefusal,
  SafetyConfirm,
  useSafetyConfirmation,
} from "@/components/ui/safety-confirm";

export function PublishPanel({
  bulletinId,
  status,
  publishAtLocal,
  timeZone,
}: {
  bulletinId: number;
  status: "draft" | "scheduled" | "published";
  /** The current publish time as a datetime-local value, if any. */
  publishAtLocal: string | null;
  timeZone: string;
}) {
  const t = useTranslations("staff");
  const router = useRouter();
  const hydrated = useHydrated();
  const id = useId();
  const [at, setAt] = useState(status === "scheduled" ? (publishAtLocal ?? "") : "");
  const safety = useSafetyConfirmation();
  const publish = useMutation({
    mutationFn: () =>
      sendJson<{ status: string; publishAt: string }>(
        `/api/staff/bulletins/${bulletinId}/publish`,
        "POST",
        { at: at || null, confirmSafety: safety.confirmSafety },
      ),
    onError: safety.onError,
    onSuccess: () => {
      safety.reset();
      router.refresh();
    },
  });
  const unpublish = useMutation({
    mutationFn: () => sendJson(`/api/staff/bulletins/${bulletinId}/unpublish`, "POST", {}),
    onSuccess: () => router.refresh(),
  });
  const error = publish.error ?? unpublish.error;
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="rounded-xl border border-line bg-card p-4 sm:p-5"
    >
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {t("publish.heading")}
      </h2>
      <form
        className="mt-3 space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          publish.mutate();
        }}
      >
        <div>
          <label htmlFor={`${id}-at`} className="block text-sm font-semibold">
            {t("publish.at")}
          </label>
          <p id={`${id}-at-hint`} className="text-sm text-muted">
            {t("publish.hint", { zone: timeZone })}
          </p>
          <input
            id={`${id}-at`}
            type="datetime-local"
            step={1}
            value={at}
            onChange={(e) => setAt(e.target.value)}
            aria-describedby={`${id}-at-hint`}
            className="mt-1 block rounded-lg border border-line bg-card px-3 py-2"
          />
        </div>
        <SafetyConfirm safety={safety} />
        {error && !isSafetyRefusal(error) ? <FormAlert message={error.message} /> : null}
        {publish.isSuccess ? (
          <FormAlert
            tone="success"
            message={
              publish.data.status === "scheduled"
                ? t("publish.scheduledDone")
                : t("publish.publishedDone")
            }
          />
        ) : null}
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            disabled={!hydrated || publish.isPending || safety.blocking}
            className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink disabled:opacity-60"
          >
            {at ? t("publish.schedule") : t("publish.publishNow")}
          </button>
          {status !== "draft" ? (
            <button
              type="button"
              disabled={!hydrated || unpublish.isPending}
              onClick={() => unpublish.mutate()}
              className="rounded-lg border border-line px-4 py-2 font-semibold"
            >
              {t("publish.unpublish")}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
