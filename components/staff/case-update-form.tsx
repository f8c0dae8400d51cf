"use client";
// Staff post a dated update, mark the request answered (saying how), or reopen it — three visible
// choices, not a hidden menu — and, apart from them, archive it after a confirmation. Each action's
// message is cleared when another begins, so none lingers.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { useId, useState } from "react";
import { ApiError, sendJson } from "@/lib/api-client";
import { FormAlert, useHydrated } from "@/components/ui/field";
import {
  isSafetyRefusal,
  SafetyConfirm,
  useSafetyConfirmation,
} from "@/components/ui/safety-confirm";

export function CaseUpdateForm({
  requestId,
  status,
  today,
}: {
  requestId: number;
  status: "open" | "answered" | "archived";
  today: string;
}) {
  const t = useTranslations("staff");
  const router = useRouter();
  const hydrated = useHydrated();
  const id = useId();
  const kinds =
    status === "answered"
      ? [
          { value: "update", label: t("caseUpdate.kinds.update") },
          { value: "reopened", label: t("caseUpdate.kinds.reopened") },
        ]
      : [
          { value: "update", label: t("caseUpdate.kinds.update") },
          { value: "answered", label: t("caseUpdate.kinds.answered") },
        ];
  const [kind, setKind] = useState("update");
  const [body, setBody] = useState("");
  const [confirmingArchive, setConfirmingArchive] = useState(false);
  const [postedOn, setPostedOn] = useState(today);
  const safety = useSafetyConfirmation();
  const post = useMutation({
    mutationFn: () =>
      sendJson(`/api/staff/requests/${requestId}/updates`, "POST", {
        kind,
        body,
        postedOn,
        confirmSafety: safety.confirmSafety,
      }),
    onMutate: (): void => {
      archive.reset();
    },
    onError: safety.onError,
    onSuccess: () => {
      safety.reset();
      setBody("");
      setKind("update");
      router.refresh();
    },
  });
  const archive = useMutation({
    mutationFn: (archived: boolean) =>
      sendJson(`/api/staff/requests/${requestId}/status`, "PUT", {
        status: archived ? "archived" : "open",
      }),
    onMutate: (): void => {
      post.reset();
    },
    onSuccess: () => {
      setConfirmingArchive(false);
      router.refresh();
    },
  });
  const fieldErrors = post.error instanceof ApiError ? post.error.fieldErrors : {};
  return (
    <div className="space-y-6">
      <form
        aria-labelledby={`${id}-heading`}
        className="space-y-3 rounded-xl border border-line bg-card p-4 sm:p-5"
        onSubmit={(event) => {
          event.preventDefault();
          post.mutate();
        }}
      >
        <h2 id={`${id}-heading`} className="text-xl font-semibold">
          {t("caseUpdate.heading")}
        </h2>
        <fieldset>
          <legend className="text-sm font-semibold">{t("caseUpdate.whatAdding")}</legend>
          <div className="mt-1 flex flex-wrap gap-2">
            {kinds.map((k) => (
              <label
                key={k.value}
                className={`flex cursor-pointer items-center gap-2 rounded-lg border px-3 py-2 ${
                  kind === k.value ? "border-accent bg-request-bg font-semibold" : "border-line"
                }`}
              >
                <input
                  type="radio"
                  name={`${id}-kind`}
                  value={k.value}
                  checked={kind === k.value}
                  onChange={() => {
                    setKind(k.value);
                    post.reset();
                  }}
                  className="size-4 accent-accent"
                />
                {k.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-date`} className="block text-sm font-semibold">
              {t("caseUpdate.date")}
            </label>
            <input
              id={`${id}-date`}
              type="date"
              value={postedOn}
              max={today}
              onChange={(e) => setPostedOn(e.target.value)}
              aria-invalid={fieldErrors.postedOn ? true : undefined}
              className="mt-1 block w-full rounded-lg border border-line bg-card px-3 py-2"
            />
          </div>
        </div>
        <div>
          <label htmlFor={`${id}-body`} className="block text-sm font-semibold">
            {kind === "answered" ? t("caseUpdate.howAnswered") : t("caseUpdate.whatHappened")}
          </label>
          <textarea
            id={`${id}-body`}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            rows={4}
            aria-invalid={fieldErrors.body ? true : undefined}
            className="mt-1 block w-full rounded-lg border border-line bg-card px-3 py-2"
          />
        </div>
        <SafetyConfirm safety={safety} />
        <FormAlert message={isSafetyRefusal(post.error) ? null : post.error?.message} />
        {post.isSuccess ? <FormAlert tone="success" message={t("caseUpdate.added")} /> : null}
        <button
          type="submit"
          disabled={!hydrated || post.isPending || safety.blocking}
          className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink disabled:opacity-70"
        >
          {kind === "answered"
            ? t("caseUpdate.kinds.answered")
            : kind === "reopened"
              ? t("caseUpdate.reopen")
              : t("caseUpdate.postUpdate")}
        </button>
      </form>
      <section
        aria-labelledby={`${id}-archive-heading`}
        className="space-y-3 rounded-xl border border-line bg-card p-4 sm:p-5"
      >
        <h2 id={`${id}-archive-heading`} className="text-xl font-semibold">
          {status === "archived" ? t("caseUpdate.archived") : t("caseUpdate.archive")}
        </h2>
        <p className="text-sm text-muted">
          {status === "archived" ? t("caseUpdate.archivedNote") : t("caseUpdate.archiveNote")}
        </p>
        {confirmingArchive ? (
          <div
            role="group"
            aria-label={t("caseUpdate.confirm")}
            className="flex flex-wrap items-center gap-3"
          >
            <p className="font-semibold">
              {status === "archived"
                ? t("caseUpdate.bringBackQuestion")
                : t("caseUpdate.archiveQuestion")}
            </p>
            <button
              type="button"
              disabled={!hydrated || archive.isPending}
              onClick={() => archive.mutate(status !== "archived")}
              className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink disabled:opacity-70"
            >
              {status === "archived" ? t("caseUpdate.yesBringBack") : t("caseUpdate.yesArchive")}
            </button>
            <button
              type="button"
              onClick={() => setConfirmingArchive(false)}
              className="rounded-lg border border-line px-4 py-2 font-semibold"
            >
              {t("caseUpdate.cancel")}
            </button>
          </div>
        ) : (
          <button
            type="button"
            disabled={!hydrated}
            onClick={() => {
              post.reset();
              archive.reset();
              setConfirmingArchive(true);
            }}
            className="rounded-lg border border-line px-4 py-2 font-semibold"
          >
            {status === "archived" ? t("caseUpdate.bringBack") : t("caseUpdate.archiveThis")}
          </button>
        )}
        {archive.isSuccess ? (
          <FormAlert
            tone="success"
            message={archive.variables ? t("caseUpdate.archivedDone") : t("caseUpdate.restored")}
          />
        ) : null}
        {archive.error ? <FormAlert message={archive.error.message} /> : null}
      </section>
    </div>
  );
}
