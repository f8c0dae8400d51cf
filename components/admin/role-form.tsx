"use client";
// One user's role, changed in place by an admin; refusals (like removing the last admin) are shown.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ApiError, sendJson } from "@/lib/api-client";
import { ROLES, type Role } from "@/lib/permissions";

export function RoleForm({ userId, email, role }: { userId: string; email: string; role: Role }) {
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
        Role for {email}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => setValue(e.target.value as Role)}
        className="rounded-lg border border-line bg-card px-2 py-1.5"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={save.isPending || value === role}
        className="rounded-lg border border-line px-3 py-1.5 text-sm font-semibold disabled:opacity-60"
      >
        Save role<span className="sr-only"> for {email}</span>
      </button>
      <span role="status" className="text-sm">
        {save.isSuccess ? "Saved" : ""}
      </span>
      {error ? (
        <span role="alert" className="w-full text-sm text-red-700 dark:text-red-300">
          {error}
        </span>
      ) : null}
    </form>
  );
}
