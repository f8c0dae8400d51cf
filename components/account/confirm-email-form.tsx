"use client";
// Opening an e-mail change link: the address changes only when the person presses the button
// (mail scanners fetch links, so a GET must change nothing).
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { SubmitButton } from "@/components/ui/field";
import { sendJson } from "@/lib/api-client";

export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations("account");
  const confirm = useMutation({
    mutationFn: () => sendJson<{ email: string }>("/api/account/confirm-email", "POST", { token }),
  });
  if (confirm.isSuccess) {
    return (
      <div className="space-y-4">
        <p role="status">
          {t.rich("confirmEmail.done", {
            email: confirm.data.email,
            strong: (chunks) => <strong className="break-all">{chunks}</strong>,
          })}
        </p>
        <Link
          href="/me/account"
          className="inline-block rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink"
        >
          {t("confirmEmail.goToAccount")}
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
              {t("confirmEmail.accountSettings")}
            </Link>
          </p>
        </div>
      ) : (
        <p>{t("confirmEmail.prompt")}</p>
      )}
      <SubmitButton pending={confirm.isPending}>{t("confirmEmail.submit")}</SubmitButton>
    </form>
  );
}
