"use client";
// One user's role, changed in place by an admin; refusals (like removing the last admin) are shown.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { useId, useState } from "react";
import { ApiError, sendJson } from "@/lib/api-client";
import { ROLES, type Role } from "@/lib/permissions";

export function RoleForm({ userId, email, role }: { userId: string; email: string; role: Role }) {
  const t = useTranslations("admin");
  const [value, setValue] = useState<Role>(role);
  const id = useId();
  const router = useRouter();
  const save = useMutation({
    mutationFn: () => sendJson(`/api/admin/users/${userId}`, "PATCH", { role: value }),
    onSuccess: () => router.refresh(),
  });
  const error = save.error instanceof ApiError ? save.error.message : null;
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <label htmlFor={id} className="sr-only">
        {t("roleFor", { email })}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => setValue(e.target.value as Role)}
        className="rounded-lg border border-line bg-card px-2 py-1.5"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={save.isPending || value === role}
        className="rounded-lg border border-line px-3 py-1.5 text-sm font-semibold disabled:opacity-60"
      >
        {t.rich("saveRole", {
          email,
          sr: (chunks) => <span className="sr-only">{chunks}</span>,
        })}
      </button>
      <span role="status" className="text-sm">
        {save.isSuccess ? t("saved") : ""}
      </span>
      {error ? (
        <span role="alert" className="w-full text-sm text-red-700 dark:text-red-300">
          {error}
        </span>
      ) : null}
    </form>
  );
}
