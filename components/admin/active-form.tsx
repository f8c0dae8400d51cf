"use client";
// An admin deactivates an account (the person is signed out everywhere at once and cannot sign in)
// or reactivates it; refusals (their own account, the last active admin) are shown as they come.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { useHydrated } from "@/components/ui/field";
import { sendJson } from "@/lib/api-client";

export function ActiveForm({
  userId,
  email,
  active,
}: {
  userId: string;
  email: string;
  active: boolean;
}) {
  const t = useTranslations("admin");
  const router = useRouter();
  const hydrated = useHydrated();
  const save = useMutation({
    mutationFn: (next: boolean) =>
      sendJson<{ user: { active: boolean } }>(`/api/admin/users/${userId}`, "PATCH", {
        active: next,
      }),
    onSuccess: () => router.refresh(),
  });
  const off = save.isPending || !hydrated;
  const done = save.isSuccess
    ? save.data.user.active
      ? t("active.reactivated")
      : t("active.deactivated")
    : "";
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={off}
        aria-disabled={off}
        onClick={() => save.mutate(!active)}
        className="rounded-lg border border-line px-3 py-1.5 text-sm font-semibold disabled:opacity-60"
      >
        {active ? t("active.deactivate") : t("active.reactivate")}
        <span className="sr-only"> {email}</span>
      </button>
      <span role="status" className="text-sm">
        {done}
      </span>
      {save.error ? (
        <span role="alert" className="w-full text-sm text-red-700 dark:text-red-300">
          {save.error.message}
        </span>
      ) : null}
    </div>
  );
}
