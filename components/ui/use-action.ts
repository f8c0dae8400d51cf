"use client";
// One JSON write from a form or button: sends it, shows the server's message, refreshes the page's
// server data on success.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ApiError, sendJson } from "@/lib/api-client";

export function useAction<T = Record<string, unknown>>(
  url: string,
  method: "POST" | "PATCH" | "PUT",
  options: { onDone?: (result: T) => void } = {},
) {
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: (body: unknown) => sendJson<T>(url, method, body),
    onSuccess: (result) => {
      options.onDone?.(result);
      router.refresh();
    },
  });
  const fieldErrors = mutation.error instanceof ApiError ? mutation.error.fieldErrors : {};
  return { ...mutation, fieldErrors };
}
