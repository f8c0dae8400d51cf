"use client";
// One JSON write from a form or button: sends it, shows the server's message, refreshes the page's
// server data on success. A write that makes text public carries the safety confirmation with it.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "@/i18n/navigation";
import { ApiError, sendJson } from "@/lib/api-client";
import { isSafetyRefusal, useSafetyConfirmation } from "./safety-confirm";

export function useAction<T = Record<string, unknown>>(
  url: string,
  method: "POST" | "PATCH" | "PUT" | "DELETE",
  options: { onDone?: (result: T) => void } = {},
) {
  const router = useRouter();
  const safety = useSafetyConfirmation();
  const mutation = useMutation({
    mutationFn: (body: unknown) =>
      sendJson<T>(
        url,
        method,
        safety.confirmSafety && typeof body === "object" && body !== null
          ? { ...body, confirmSafety: true }
          : body,
      ),
    onError: safety.onError,
    onSuccess: (result) => {
      safety.reset();
      options.onDone?.(result);
      router.refresh();
    },
  });
  const fieldErrors = mutation.error instanceof ApiError ? mutation.error.fieldErrors : {};
  /** The error to show in the form's alert (a safety refusal shows as its flags instead). */
  const message = isSafetyRefusal(mutation.error) ? null : (mutation.error?.message ?? null);
  return { ...mutation, fieldErrors, safety, message };
}
