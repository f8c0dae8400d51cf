"use client";
// A case update's translation, under the update on the staff request page: the original beside a
// text box, one language at a time. The safety check runs on the translation as on the original.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert, SubmitButton, TextAreaField } from "@/components/ui/field";
import { SafetyConfirm } from "@/components/ui/safety-confirm";
import { useAction } from "@/components/ui/use-action";
import { localeNames } from "@/i18n/locales";
import { TranslationLanguages, type TranslationLocale } from "./translation-editor";

export function UpdateTranslationForm({
  updateId,
  original,
  saved,
}: {
  updateId: number;
  original: string;
  saved: Partial<Record<TranslationLocale, string>>;
}) {
  const t = useTranslations("translate");
  const [locale, setLocale] = useState<TranslationLocale>("es");
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-accent">
        {t("updateSummary", { count: Object.keys(saved).length })}
      </summary>
      <TranslationLanguages
        className="mt-2"
        current={locale}
        onChoose={setLocale}
        saved={(code) => Boolean(saved[code])}
      />
      <UpdateForm
        key={locale}
        updateId={updateId}
        locale={locale}
        original={original}
        saved={saved[locale] ?? ""}
      />
    </details>
  );
}

function UpdateForm({
  updateId,
  locale,
  original,
  saved,
}: {
  updateId: number;
  locale: TranslationLocale;
  original: string;
  saved: string;
}) {
  const t = useTranslations("translate");
  const [body, setBody] = useState(saved);
  const [done, setDone] = useState(false);
  const save = useAction(`/api/staff/updates/${updateId}/translations/${locale}`, "PUT", {
    onDone: () => setDone(true),
  });
  const language = localeNames[locale];
  return (
    <form
      lang={locale}
      className="mt-3 space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        setDone(false);
        save.mutate({ body });
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <p className="font-semibold">{t("original", { field: t("update") })}</p>
          <p
            lang="en"
            className="mt-1 rounded-lg border border-line bg-paper px-3 py-2 whitespace-pre-wrap"
          >
            {original}
          </p>
        </div>
        <TextAreaField
          label={t("inLanguage", { field: t("update"), language })}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={save.fieldErrors.body}
          required
          rows={4}
        />
      </div>
      <SafetyConfirm safety={save.safety} />
      <FormAlert message={save.message} />
      <FormAlert message={done ? t("savedMessage", { language }) : null} tone="success" />
      <SubmitButton pending={save.isPending} disabled={save.safety.blocking}>
        {t("save", { language })}
      </SubmitButton>
    </form>
  );
}
