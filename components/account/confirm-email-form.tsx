"use client";
// Opening an e-mail change link: the address changes only when the person presses the button
// (mail scanners fetch links, so a GET must change nothing).
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { SubmitButton } from "@/components/ui/field";
import { sendJson } from "@/lib/api-client";

export function ConfirmEmailForm({ token }: { token: string }) {
  const confirm = useMutation({
    mutationFn: () => sendJson<{ email: string }>("/api/account/confirm-email", "POST", { token }),
  });
  if (confirm.isSuccess) {
    return (
      <div className="space-y-4">
        <p role="status">
          Your e-mail address is now <strong className="break-all">{confirm.data.email}</strong>.
          Use it to sign in from now on.
        </p>
        <Link
          href="/me/account"
          className="inline-block rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink"
        >
          Go to your account
        </Link>
      </div>
    );
  }
  return (
    <form
      noValidate
      method="post"
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        confirm.mutate();
      }}
    >
      {confirm.error ? (
        <div role="alert" className="space-y-2">
          <p className="text-red-800 dark:text-red-200">{confirm.error.message}</p>
          <p>
            <Link href="/me/account" className="text-accent underline">
              Your account settings
            </Link>
          </p>
        </div>
      ) : (
        <p>Press the button to use this address for your Intercede account.</p>
      )}
      <SubmitButton pending={confirm.isPending}>Confirm my new address</SubmitButton>
    </form>
  );
}
