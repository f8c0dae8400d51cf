"use client";
// Staff post a dated update, mark the request answered (saying how), or reopen it; and archive it.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
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
  const router = useRouter();
  const hydrated = useHydrated();
  const id = useId();
  const kinds =
    status === "answered"
      ? [
          { value: "update", label: "Update" },
          { value: "reopened", label: "Reopen the request" },
        ]
      : [
          { value: "update", label: "Update" },
          { value: "answered", label: "Mark answered" },
        ];
  const [kind, setKind] = useState("update");
  const [body, setBody] = useState("");
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
    onSuccess: () => router.refresh(),
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
          Add to the timeline
        </h2>
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-kind`} className="block text-sm font-semibold">
              Kind of update
            </label>
            <select
              id={`${id}-kind`}
              value={kind}
              onChange={(e) => setKind(e.target.value)}
              className="mt-1 block w-full rounded-lg border border-line bg-card px-3 py-2"
            >
              {kinds.map((k) => (
                <option key={k.value} value={k.value}>
                  {k.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-date`} className="block text-sm font-semibold">
              Date
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
            {kind === "answered" ? "How was it answered?" : "What happened?"}
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
        {post.isSuccess ? <FormAlert tone="success" message="Added to the timeline." /> : null}
        <button
          type="submit"
          disabled={!hydrated || post.isPending || safety.blocking}
          className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink disabled:opacity-70"
        >
          {kind === "answered" ? "Mark answered" : kind === "reopened" ? "Reopen" : "Post update"}
        </button>
      </form>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          disabled={!hydrated || archive.isPending}
          onClick={() => archive.mutate(status !== "archived")}
          className="rounded-lg border border-line px-4 py-2 font-semibold"
        >
          {status === "archived" ? "Bring back from the archive" : "Archive this request"}
        </button>
        {archive.error ? <FormAlert message={archive.error.message} /> : null}
      </div>
    </div>
  );
}
