"use client";
// Forgot password (ask for a link) and reset password (choose a new one with the link's token).
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { ApiError, sendJson } from "@/lib/api-client";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { formValues } from "@/lib/form-data";
import { Field, FormAlert, SubmitButton } from "@/components/ui/field";

export function ForgotPasswordForm() {
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
        label="Email"
        type="email"
        name="email"
        autoComplete="email"
        required
        error={error?.fieldErrors.email}
      />
      <SubmitButton pending={request.isPending}>Send me a reset link</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const reset = useMutation({
    mutationFn: (values: Record<string, string>) =>
      sendJson("/api/account/reset-password", "POST", { token, password: values.password }),
  });
  const error = reset.error instanceof ApiError ? reset.error : null;
  if (reset.isSuccess) {
    return (
      <div className="space-y-4">
        <FormAlert tone="success" message="Your password has been changed." />
        <Link
          href="/sign-in"
          className="inline-block rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink"
        >
          Sign in
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
        label="New password"
        type="password"
        name="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={error?.fieldErrors.password}
      />
      <SubmitButton pending={reset.isPending}>Change password</SubmitButton>
    </form>
  );
}
