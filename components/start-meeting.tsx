"use client";
// "Start a prayer meeting": makes one on the latest bulletin and opens it, to show on a projector.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { sendJson } from "@/lib/api-client";
import { FormAlert } from "./ui/field";

export function StartMeeting() {
  const t = useTranslations("pray");
  const router = useRouter();
  const start = useMutation({
    mutationFn: () => sendJson<{ id: string }>("/api/meetings", "POST", {}),
    onSuccess: ({ id }) => router.push(`/pray/present/${id}`),
  });
  return (
    <div className="space-y-3">
      <button
        type="button"
        onClick={() => start.mutate()}
        disabled={start.isPending}
        className="rounded-lg bg-accent px-5 py-3 text-lg font-semibold text-accent-ink disabled:opacity-50"
      >
        {t("present.start")}
      </button>
      <FormAlert message={start.error?.message} />
    </div>
  );
}
