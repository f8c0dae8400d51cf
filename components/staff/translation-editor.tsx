"use client";
// A bulletin's translation, side by side with the original: the original on the left (read only),
// the translation on the right, one row per field and per item. Saved per language; the safety
// check runs on the translated text as on the original.
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Field, FormAlert, SubmitButton, TextAreaField } from "@/components/ui/field";
import { SafetyConfirm } from "@/components/ui/safety-confirm";
import { useAction } from "@/components/ui/use-action";
import { localeNames } from "@/i18n/locales";
import { MAX_BULLETIN_CHARS, parseBulletin } from "@/lib/bulletin/parser";
import { translationFromDraft } from "@/lib/bulletin/translation-import";

export type TranslationLocale = "es" | "fr" | "pt";
const TRANSLATION_LOCALES: TranslationLocale[] = ["es", "fr", "pt"];

/** The languages a translation can be in, as toggle buttons; each says when one is saved. */
export function TranslationLanguages({
  current,
  onChoose,
  saved,
  className = "",
}: {
  current: TranslationLocale;
  onChoose: (locale: TranslationLocale) => void;
  saved: (locale: TranslationLocale) => boolean;
  className?: string;
}) {
  const t = useTranslations("translate");
  return (
    <div
      role="group"
      aria-label={t("chooseLanguage")}
      className={`flex flex-wrap gap-2 ${className}`}
    >
      {TRANSLATION_LOCALES.map((code) => (
        <button
          key={code}
          type="button"
          aria-pressed={code === current}
          onClick={() => onChoose(code)}
          className="rounded-lg border border-line px-3 py-1.5 text-sm aria-pressed:bg-accent aria-pressed:text-accent-ink"
        >
          {localeNames[code]}
          {saved(code) ? ` · ${t("saved")}` : ""}
        </button>
      ))}
    </div>
  );
}

export interface TranslatableBulletin {
  id: number;
  title: string;
  verseText: string;
  verseReference: string;
  notes: string[];
  items: { requestId: number; region: string; title: string; body: string }[];
}

export interface SavedTranslation {
  title: string;
  verseText: string;
  verseReference: string;
  notes: string[];
  items: { requestId: number; title: string; body: string }[];
}

function Original({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <p className="text-sm font-semibold">{label}</p>
      <p className="mt-1 rounded-lg border border-line bg-paper px-3 py-2 text-sm whitespace-pre-wrap">
        {text}
      </p>
    </div>
  );
}

export function TranslationEditor({
  bulletin,
  saved,
}: {
  bulletin: TranslatableBulletin;
  saved: Partial<Record<TranslationLocale, SavedTranslation | null>>;
}) {
  const t = useTranslations("translate");
  const current = useLocale();
  const [locale, setLocale] = useState<TranslationLocale>(
    (TRANSLATION_LOCALES as string[]).includes(current) ? (current as TranslationLocale) : "es",
  );
  return (
    <section aria-labelledby="translations-heading" className="mt-10">
      <h2 id="translations-heading" className="font-serif text-2xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      <TranslationLanguages
        className="mt-4"
        current={locale}
        onChoose={setLocale}
        saved={(code) => Boolean(saved[code])}
      />
      <TranslationForm
        key={locale}
        bulletin={bulletin}
        locale={locale}
        saved={saved[locale] ?? null}
      />
    </section>
  );
}

function TranslationForm({
  bulletin,
  locale,
  saved,
}: {
  bulletin: TranslatableBulletin;
  locale: TranslationLocale;
  saved: SavedTranslation | null;
}) {
  const t = useTranslations("translate");
  const savedItem = (requestId: number) => saved?.items.find((i) => i.requestId === requestId);
  const [title, setTitle] = useState(saved?.title ?? "");
  const [verseText, setVerseText] = useState(saved?.verseText ?? "");
  const [verseReference, setVerseReference] = useState(saved?.verseReference ?? "");
  const [notes, setNotes] = useState<string[]>(bulletin.notes.map((_, i) => saved?.notes[i] ?? ""));
  const [items, setItems] = useState(
    bulletin.items.map((item) => ({
      requestId: item.requestId,
      title: savedItem(item.requestId)?.title ?? "",
      body: savedItem(item.requestId)?.body ?? "",
    })),
  );
  const [done, setDone] = useState(false);
  const save = useAction(`/api/staff/bulletins/${bulletin.id}/translations/${locale}`, "PUT", {
    onDone: () => setDone(true),
  });
  const language = localeNames[locale];
  const [paste, setPaste] = useState("");
  const [filled, setFilled] = useState<string | null>(null);
  // The paste import: the same parser as a new bulletin, laid onto this one (lib/bulletin).
  const fillFromPaste = () => {
    const draft = parseBulletin(paste.slice(0, MAX_BULLETIN_CHARS));
    const found = translationFromDraft(draft, bulletin.items);
    setTitle(found.title);
    setVerseText(found.verseText);
    setVerseReference(found.verseReference);
    setNotes(bulletin.notes.map((_, i) => found.notes[i] ?? ""));
    setItems(
      bulletin.items.map((item) => {
        const t = found.items.find((x) => x.requestId === item.requestId);
        return { requestId: item.requestId, title: t?.title ?? "", body: t?.body ?? "" };
      }),
    );
    setFilled(
      t("pasteFilled", {
        filled: found.items.length,
        total: bulletin.items.length,
        extra: found.extra,
      }),
    );
  };
  return (
    <form
      className="mt-4 space-y-6"
      lang={locale}
      onSubmit={(event) => {
        event.preventDefault();
        setDone(false);
        save.mutate({
          title,
          verseText,
          verseReference,
          notes: notes.filter((n) => n.trim() !== ""),
          // Items left empty stay untranslated: readers see the original with a notice.
          items: items.filter((i) => i.title.trim() !== "" && i.body.trim() !== ""),
        });
      }}
    >
      <details className="rounded-lg border border-line p-4">
        <summary className="cursor-pointer font-semibold">
          {t("pasteSummary", { language })}
        </summary>
        <div className="mt-3 space-y-3">
          <TextAreaField
            label={t("pasteLabel", { language })}
            hint={t("pasteHint")}
            value={paste}
            onChange={(e) => setPaste(e.target.value)}
            rows={8}
            maxLength={MAX_BULLETIN_CHARS}
          />
          <button
            type="button"
            onClick={fillFromPaste}
            disabled={paste.trim() === ""}
            className="rounded-lg border border-line px-4 py-2 font-semibold disabled:opacity-50"
          >
            {t("pasteFill")}
          </button>
          <FormAlert message={filled} tone="success" />
        </div>
      </details>
      <div className="grid gap-4 sm:grid-cols-2">
        <Original label={t("original", { field: t("title") })} text={bulletin.title} />
        <Field
          label={t("inLanguage", { field: t("title"), language })}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={save.fieldErrors.title}
          required
          maxLength={200}
        />
        <Original label={t("original", { field: t("verse") })} text={bulletin.verseText} />
        <TextAreaField
          label={t("inLanguage", { field: t("verse"), language })}
          value={verseText}
          onChange={(e) => setVerseText(e.target.value)}
          error={save.fieldErrors.verseText}
          required
          rows={3}
        />
        <Original label={t("original", { field: t("reference") })} text={bulletin.verseReference} />
        <Field
          label={t("inLanguage", { field: t("reference"), language })}
          value={verseReference}
          onChange={(e) => setVerseReference(e.target.value)}
          error={save.fieldErrors.verseReference}
          required
          maxLength={100}
        />
        {bulletin.notes.map((note, i) => (
          <div key={`note-${i}`} className="contents">
            <Original label={t("original", { field: t("note", { n: i + 1 }) })} text={note} />
            <TextAreaField
              label={t("inLanguage", { field: t("note", { n: i + 1 }), language })}
              value={notes[i] ?? ""}
              onChange={(e) => setNotes(notes.map((n, j) => (j === i ? e.target.value : n)))}
              rows={3}
            />
          </div>
        ))}
      </div>
      {bulletin.items.map((item, i) => (
        <fieldset key={item.requestId} className="rounded-lg border border-line p-4">
          <legend className="px-1 text-sm font-semibold">{t("item", { n: i + 1 })}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <Original label={t("original", { field: t("itemTitle") })} text={item.title} />
            <Field
              label={t("inLanguage", { field: t("itemTitle"), language })}
              value={items[i]!.title}
              onChange={(e) =>
                setItems(items.map((x, j) => (j === i ? { ...x, title: e.target.value } : x)))
              }
              maxLength={200}
            />
            <Original label={t("original", { field: t("itemBody") })} text={item.body} />
            <TextAreaField
              label={t("inLanguage", { field: t("itemBody"), language })}
              value={items[i]!.body}
              onChange={(e) =>
                setItems(items.map((x, j) => (j === i ? { ...x, body: e.target.value } : x)))
              }
              rows={6}
            />
          </div>
        </fieldset>
      ))}
      <SafetyConfirm safety={save.safety} />
      <FormAlert message={save.message} />
      <FormAlert message={done ? t("savedMessage", { language }) : null} tone="success" />
      <SubmitButton pending={save.isPending} disabled={save.safety.blocking}>
        {t("save", { language })}
      </SubmitButton>
    </form>
  );
}
