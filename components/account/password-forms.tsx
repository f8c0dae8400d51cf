"use client";
// Forgot password (ask for a link) and reset password (choose a new one with the link's token).
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { ApiError, sendJson } from "@/lib/api-client";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { formValues } from "@/lib/form-data";
import { Field, FormAlert, SubmitButton } from "@/components/ui/field";

export function ForgotPasswordForm() {
  const t = useTranslations("account");
  const request = useMutation({
    mutationFn: (values: Record<string, string>) =>
      sendJson<{ message: string }>("/api/account/forgot-password", "POST", values),
  });
  const error = request.error instanceof ApiError ? request.error : null;
  return (
    <form
      noValidate
      method="post"
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        request.mutate(formValues(event.currentTarget));
      }}
    >
      <FormAlert message={error?.message} />
      <FormAlert tone="success" message={request.data?.message} />
      <Field
        label={t("fields.email")}
        type="email"
        name="email"
        autoComplete="email"
        required
        error={error?.fieldErrors.email}
      />
      <SubmitButton pending={request.isPending}>{t("forgotPassword.submit")}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("account");
  const reset = useMutation({
    mutationFn: (values: Record<string, string>) =>
      sendJson("/api/account/reset-password", "POST", { token, password: values.password }),
  });
  const error = reset.error instanceof ApiError ? reset.error : null;
  if (reset.isSuccess) {
    return (
      <div className="space-y-4">
        <FormAlert tone="success" message={t("resetPassword.changed")} />
        <Link
          href="/sign-in"
          className="inline-block rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink"
        >
          {t("resetPassword.signIn")}
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
        reset.mutate(formValues(event.currentTarget));
      }}
    >
      <FormAlert message={error?.message} />
      <Field
        label={t("fields.newPassword")}
        type="password"
        name="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={t("fields.atLeast", { min: MIN_PASSWORD_LENGTH })}
        error={error?.fieldErrors.password}
      />
      <SubmitButton pending={reset.isPending}>{t("resetPassword.submit")}</SubmitButton>
    </form>
  );
}
