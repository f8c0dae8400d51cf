"use client";
// Sign in with email and password (and, when mail is set up, with an e-mailed link).
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { useRef } from "react";
import { ApiError, safeCallbackUrl, sendJson } from "@/lib/api-client";
import { emailSignInLink } from "./session";
import { formValues } from "@/lib/form-data";
import { Field, FormAlert, SubmitButton } from "@/components/ui/field";

export function SignInForm({
  callbackUrl,
  emailLinks,
}: {
  callbackUrl: string;
  emailLinks: boolean;
}) {
  const t = useTranslations("account");
  const form = useRef<HTMLFormElement>(null);
  const target = safeCallbackUrl(callbackUrl);
  const signInWithPassword = useMutation({
    mutationFn: (values: Record<string, string>) =>
      sendJson("/api/account/sign-in", "POST", values),
    onSuccess: () => window.location.assign(target),
  });
  const emailLink = useMutation({
    mutationFn: async (email: string) => {
      await emailSignInLink(email, target, t("signIn.linkFailed"));
    },
  });
  const error = signInWithPassword.error instanceof ApiError ? signInWithPassword.error : null;
  return (
    <div className="space-y-6">
      <form
        ref={form}
        noValidate
        method="post"
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          signInWithPassword.mutate(formValues(event.currentTarget));
        }}
      >
        <FormAlert message={error?.message} />
        <Field
          label={t("fields.email")}
          type="email"
          name="email"
          autoComplete="email"
          required
          error={error?.fieldErrors.email}
        />
        <Field
          label={t("fields.password")}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          error={error?.fieldErrors.password}
        />
        <SubmitButton pending={signInWithPassword.isPending}>{t("signIn.submit")}</SubmitButton>
      </form>
      <p className="text-sm">
        <Link href="/forgot-password" className="text-accent underline">
          {t("signIn.forgot")}
        </Link>
      </p>
      {emailLinks ? (
        <div className="border-t border-line pt-4">
          <FormAlert tone="success" message={emailLink.isSuccess ? t("signIn.linkSent") : null} />
          <button
            type="button"
            className="mt-2 w-full rounded-lg border border-line px-4 py-2.5 font-semibold"
            disabled={emailLink.isPending}
            onClick={() => {
              const email = form.current ? formValues(form.current).email : "";
              if (email) emailLink.mutate(email);
            }}
          >
            {t("signIn.emailLink")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
