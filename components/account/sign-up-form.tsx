"use client";
// Sign up: name, email, password (checked here as on the server), then signed straight in.
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ApiError, safeCallbackUrl, sendJson } from "@/lib/api-client";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { formValues } from "@/lib/form-data";
import { fieldErrors, signUpSchema } from "@/lib/validation/account";
import { Field, FormAlert, SubmitButton } from "@/components/ui/field";
import { useBrowserZone } from "@/components/time-zone";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("account");
  const locale = useLocale();
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const zone = useBrowserZone();
  const signUp = useMutation({
    mutationFn: (values: Record<string, string>) =>
      sendJson("/api/account/sign-up", "POST", values),
    onSuccess: () => window.location.assign(safeCallbackUrl(callbackUrl)),
  });
  const serverError = signUp.error instanceof ApiError ? signUp.error : null;
  const errors = { ...serverError?.fieldErrors, ...clientErrors };
  return (
    <form
      noValidate
      method="post"
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const values = formValues(event.currentTarget);
        const parsed = signUpSchema.safeParse(values);
        setClientErrors(parsed.success ? {} : fieldErrors(parsed.error));
        if (parsed.success) signUp.mutate(values);
      }}
    >
      <FormAlert
        message={
          Object.keys(clientErrors).length > 0 ? t("signUp.checkForm") : serverError?.message
        }
      />
      {/* The person's time zone, from this browser (changed later in account settings). */}
      <input type="hidden" name="timeZone" value={zone ?? "UTC"} />
      {/* The page's language: the new account's e-mails are written in it. */}
      <input type="hidden" name="locale" value={locale} />
      <Field
        label={t("fields.name")}
        name="name"
        autoComplete="name"
        required
        maxLength={100}
        error={errors.name}
      />
      <Field
        label={t("fields.email")}
        type="email"
        name="email"
        autoComplete="email"
        required
        error={errors.email}
      />
      <Field
        label={t("fields.password")}
        type="password"
        name="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={t("fields.atLeast", { min: MIN_PASSWORD_LENGTH })}
        error={errors.password}
      />
      <SubmitButton pending={signUp.isPending}>{t("signUp.submit")}</SubmitButton>
    </form>
  );
}
