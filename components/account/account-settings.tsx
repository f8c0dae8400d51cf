"use client";
// The forms of /me/account: name, language, e-mail (changed by a link sent to the new address),
// password, sign out everywhere, and deleting the account. Each checks its fields here with the
// server's own schema (lib/validation/*), shows errors next to the fields with focus on the first,
// and says what happened in a status line that screen readers announce.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRefreshSession } from "./session";
import { usePathname, useRouter } from "@/i18n/navigation";
import { localeNames, locales, type Locale } from "@/i18n/locales";
import { useEffect, useRef, useState } from "react";
import { Field, FormAlert, SelectField, useHydrated } from "@/components/ui/field";
import { ApiError, sendJson } from "@/lib/api-client";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { formValues } from "@/lib/form-data";
import {
  deleteAccountSchema,
  emailChangeSchema,
  fieldErrors,
  passwordChangeSchema,
  renameSchema,
} from "@/lib/validation/account";
import { localeSchema } from "@/lib/validation/locale";
import type { z } from "zod";

/**
 * One account form: checks the fields with `schema`, sends them, and sorts the server's refusal
 * into errors beside the fields (when it names one of them) or the form's alert (otherwise).
 * Password fields are cleared once the server accepts.
 */
function useAccountForm<S extends z.ZodObject, T>(
  schema: S,
  send: (input: z.output<S>) => Promise<T>,
  onDone?: (result: T) => void,
) {
  // The form element, kept at submit for the callbacks and the effect (never read while rendering).
  const form = useRef<HTMLFormElement | null>(null);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: (result) => {
      form.current
        ?.querySelectorAll<HTMLInputElement>('input[type="password"]')
        .forEach((input) => (input.value = ""));
      onDone?.(result);
    },
  });
  // Once errors are drawn, focus goes to the first field marked invalid.
  useEffect(() => {
    if (mutation.error || clientErrors)
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [mutation.error, clientErrors]);
  const serverErrors = mutation.error instanceof ApiError ? mutation.error.fieldErrors : {};
  const namesAField = Object.keys(schema.shape).some((name) => serverErrors[name]);
  return {
    errors: { ...serverErrors, ...clientErrors },
    mutation,
    /** A refusal that is about no one field of this form (or could not reach the server). */
    alert: mutation.error && !namesAField ? mutation.error.message : null,
    onSubmit(event: React.FormEvent<HTMLFormElement>) {
      event.preventDefault();
      form.current = event.currentTarget;
      const parsed = schema.safeParse(formValues(event.currentTarget));
      if (!parsed.success) {
        mutation.reset();
        setClientErrors(fieldErrors(parsed.error));
        return;
      }
      setClientErrors(null);
      mutation.mutate(parsed.data);
    },
  };
}

function Submit({
  pending,
  danger = false,
  children,
}: {
  pending: boolean;
  danger?: boolean;
  children: React.ReactNode;
}) {
  const hydrated = useHydrated();
  const off = pending || !hydrated;
  const tone = danger
    ? "bg-red-700 text-white dark:bg-red-300 dark:text-black"
    : "bg-accent text-accent-ink";
  return (
    <button
      type="submit"
      disabled={off}
      aria-disabled={off}
      className={`rounded-lg px-4 py-2.5 font-semibold disabled:opacity-70 ${tone}`}
    >
      {children}
    </button>
  );
}

/** What just happened, announced politely; always in the page so screen readers hear changes. */
function StatusLine({ message }: { message: string | null }) {
  return (
    <p role="status" className="text-sm font-semibold text-answered">
      {message ?? ""}
    </p>
  );
}

const card = "mt-3 space-y-4 rounded-xl border border-line bg-card p-4";
const actions = "flex flex-wrap items-center gap-x-4 gap-y-2";

export function NameForm({ name }: { name: string }) {
  const t = useTranslations("account");
  const router = useRouter();
  const refreshSession = useRefreshSession();
  const rename = useAccountForm(
    renameSchema,
    (input) => sendJson("/api/me/account", "PATCH", input),
    () => {
      router.refresh();
      // The header shows the name from the session: ask for it again.
      void refreshSession();
    },
  );
  return (
    <form noValidate className={card} onSubmit={rename.onSubmit}>
      <FormAlert message={rename.alert} />
      <Field
        label={t("fields.name")}
        name="name"
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={name}
        error={rename.errors.name}
      />
      <div className={actions}>
        <Submit pending={rename.mutation.isPending}>{t("settings.saveName")}</Submit>
        <StatusLine message={rename.mutation.isSuccess ? t("settings.nameSaved") : null} />
      </div>
    </form>
  );
}

/** The person's language (their e-mails follow it); once saved, this page reloads in it. */
export function LanguageForm({ locale }: { locale: Locale }) {
  const t = useTranslations("account");
  const router = useRouter();
  const pathname = usePathname();
  const choose = useAccountForm(
    localeSchema,
    async (input) => {
      await sendJson("/api/me/locale", "PUT", input);
      return input.locale;
    },
    (chosen) => router.replace(pathname, { locale: chosen }),
  );
  return (
    <form noValidate className={card} onSubmit={choose.onSubmit}>
      <FormAlert message={choose.alert} />
      <SelectField
        label={t("settings.language")}
        name="locale"
        defaultValue={locale}
        error={choose.errors.locale}
        options={locales.map((value) => ({ value, label: localeNames[value] }))}
      />
      <div className={actions}>
        <Submit pending={choose.mutation.isPending}>{t("settings.saveLanguage")}</Submit>
        <StatusLine message={choose.mutation.isSuccess ? t("settings.languageSaved") : null} />
      </div>
    </form>
  );
}

export function EmailForm({ email, pendingEmail }: { email: string; pendingEmail: string | null }) {
  const t = useTranslations("account");
  const router = useRouter();
  const change = useAccountForm(
    emailChangeSchema,
    (input) => sendJson<{ message: string }>("/api/me/email-change", "POST", input),
    () => router.refresh(),
  );
  return (
    <form noValidate className={card} onSubmit={change.onSubmit}>
      <p>
        {t.rich("settings.yourAddress", {
          email,
          strong: (chunks) => <strong className="break-all">{chunks}</strong>,
        })}
      </p>
      {pendingEmail && !change.mutation.isSuccess ? (
        <p className="rounded-lg border border-line px-3 py-2 text-sm">
          {t.rich("settings.pending", {
            email: pendingEmail,
            strong: (chunks) => <strong className="break-all">{chunks}</strong>,
          })}
        </p>
      ) : null}
      <FormAlert message={change.alert} />
      <Field
        label={t("fields.newEmail")}
        type="email"
        name="email"
        autoComplete="email"
        required
        maxLength={254}
        hint={t("settings.newEmailHint")}
        error={change.errors.email}
      />
      <Field
        label={t("fields.currentPassword")}
        type="password"
        name="password"
        autoComplete="current-password"
        required
        maxLength={MAX_PASSWORD_LENGTH}
        error={change.errors.password}
      />
      <div className={actions}>
        <Submit pending={change.mutation.isPending}>{t("settings.sendLink")}</Submit>
        <StatusLine message={change.mutation.data?.message ?? null} />
      </div>
    </form>
  );
}

export function PasswordForm() {
  const t = useTranslations("account");
  const router = useRouter();
  const change = useAccountForm(
    passwordChangeSchema,
    (input) => sendJson<{ message: string }>("/api/me/password", "POST", input),
    () => router.refresh(),
  );
  return (
    <form noValidate className={card} onSubmit={change.onSubmit}>
      <FormAlert message={change.alert} />
      <Field
        label={t("fields.currentPassword")}
        type="password"
        name="currentPassword"
        autoComplete="current-password"
        required
        maxLength={MAX_PASSWORD_LENGTH}
        error={change.errors.currentPassword}
      />
      <Field
        label={t("fields.newPassword")}
        type="password"
        name="newPassword"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={MAX_PASSWORD_LENGTH}
        hint={t("fields.atLeast", { min: MIN_PASSWORD_LENGTH })}
        error={change.errors.newPassword}
      />
      <div className={actions}>
        <Submit pending={change.mutation.isPending}>{t("settings.changePassword")}</Submit>
        <StatusLine message={change.mutation.data?.message ?? null} />
      </div>
    </form>
  );
}

export function SignOutEverywhereButton() {
  const t = useTranslations("account");
  const hydrated = useHydrated();
  const signOut = useMutation({
    mutationFn: () => sendJson("/api/me/sign-out-everywhere", "POST", {}),
    // This browser is signed out too: a full load, so nothing of the session stays in memory.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a fresh page on purpose
    onSuccess: () => window.location.assign("/sign-in"),
  });
  const off = signOut.isPending || signOut.isSuccess || !hydrated;
  return (
    <div className="mt-3 space-y-3">
      <FormAlert message={signOut.error?.message} />
      <button
        type="button"
        disabled={off}
        aria-disabled={off}
        onClick={() => signOut.mutate()}
        className="rounded-lg border border-line bg-card px-4 py-2.5 font-semibold disabled:opacity-70"
      >
        {t("settings.signOutEverywhere")}
      </button>
    </div>
  );
}

export function DeleteAccountForm() {
  const t = useTranslations("account");
  const remove = useAccountForm(
    deleteAccountSchema,
    (input) => sendJson("/api/me/delete", "POST", input),
    // A full load, so nothing of the deleted account stays in memory.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a fresh page on purpose
    () => window.location.assign("/sign-in?deleted=1"),
  );
  return (
    <form noValidate className={card} onSubmit={remove.onSubmit}>
      <FormAlert message={remove.alert} />
      <Field
        label={t("fields.yourPassword")}
        type="password"
        name="password"
        autoComplete="current-password"
        required
        maxLength={MAX_PASSWORD_LENGTH}
        error={remove.errors.password}
      />
      <Field
        label={t("settings.typeDelete")}
        name="confirm"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        maxLength={20}
        hint={t("settings.capitals")}
        error={remove.errors.confirm}
      />
      <div className={actions}>
        <Submit pending={remove.mutation.isPending || remove.mutation.isSuccess} danger>
          {t("settings.deleteSubmit")}
        </Submit>
        <StatusLine message={remove.mutation.isSuccess ? t("settings.deleted") : null} />
      </div>
    </form>
  );
}
