"use client";
// The bulletin editor: title, verse, notes and items (region, country, kind, title, Markdown body),
// reordered with buttons, carried over from earlier bulletins, with the safety check shown as you type.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { useId, useState } from "react";
import { ApiError, sendJson } from "@/lib/api-client";
import { findPersonalIdentifiers } from "@/lib/safety/pii";
import { Field, FormAlert, SelectField, TextAreaField, useHydrated } from "@/components/ui/field";
import {
  isSafetyRefusal,
  SafetyConfirm,
  useSafetyConfirmation,
} from "@/components/ui/safety-confirm";

export interface EditorItem {
  requestId: number | null;
  region: string;
  country: string | null;
  kind: "request" | "praise";
  title: string;
  body: string;
}

export interface EditorBulletin {
  title: string;
  verseText: string;
  verseReference: string;
  notes: string[];
  items: EditorItem[];
}

export interface CarryableRequest extends Omit<EditorItem, "requestId"> {
  id: number;
  regionName: string;
  status: string;
}

type Keyed = EditorItem & { key: string };

const small = "rounded-lg border border-line px-3 py-1.5 text-sm font-semibold disabled:opacity-50";

let keys = 0;
const keyed = (item: EditorItem): Keyed => ({ ...item, key: `item-${(keys += 1)}` });

export function BulletinEditor({
  bulletinId,
  initial,
  regions,
  carryable,
}: {
  bulletinId: number | null;
  initial: EditorBulletin;
  regions: { slug: string; name: string }[];
  carryable: CarryableRequest[];
}) {
  const t = useTranslations("staff");
  const router = useRouter();
  const hydrated = useHydrated();
  const [title, setTitle] = useState(initial.title);
  const [verseText, setVerseText] = useState(initial.verseText);
  const [verseReference, setVerseReference] = useState(initial.verseReference);
  const [notes, setNotes] = useState(initial.notes.join("\n\n"));
  const [items, setItems] = useState<Keyed[]>(() => initial.items.map(keyed));
  const [carry, setCarry] = useState("");
  const id = useId();
  const safety = useSafetyConfirmation();

  const save = useMutation({
    mutationFn: () => {
      const body = {
        title,
        verseText,
        verseReference,
        notes: notes
          .split(/\n\s*\n/)
          .map((n) => n.trim())
          .filter(Boolean),
        items: items.map((item) => ({
          requestId: item.requestId,
          region: item.region,
          country: item.country,
          kind: item.kind,
          title: item.title,
          body: item.body,
        })),
        confirmSafety: safety.confirmSafety,
      };
      return bulletinId === null
        ? sendJson<{ id: number }>("/api/staff/bulletins", "POST", body)
        : sendJson<{ id: number }>(`/api/staff/bulletins/${bulletinId}`, "PUT", body);
    },
    onError: safety.onError,
    onSuccess: (result) => {
      safety.reset();
      if (bulletinId === null) router.push(`/staff/bulletins/${result.id}?saved=1`);
      else router.refresh();
    },
  });
  const errors = save.error instanceof ApiError ? save.error.fieldErrors : {};

  const change = (index: number, patch: Partial<EditorItem>) =>
    setItems((all) => all.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const move = (index: number, delta: number) =>
    setItems((all) => {
      const next = [...all];
      const [moved] = next.splice(index, 1);
      next.splice(index + delta, 0, moved!);
      return next;
    });
  const inBulletin = new Set(items.map((i) => i.requestId).filter(Boolean));

  return (
    <form
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
      className="space-y-6"
      noValidate
    >
      <h2 id={`${id}-heading`} className="sr-only">
        {t("editor.heading")}
      </h2>
      <div className="grid gap-4">
        <Field
          label={t("editor.title")}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={errors.title}
        />
        <TextAreaField
          label={t("editor.verse")}
          value={verseText}
          onChange={(e) => setVerseText(e.target.value)}
          rows={2}
          error={errors.verseText}
        />
        <Field
          label={t("editor.verseReference")}
          value={verseReference}
          onChange={(e) => setVerseReference(e.target.value)}
          error={errors.verseReference}
          hint={t("editor.verseReferenceHint")}
        />
        <TextAreaField
          label={t("editor.notes")}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          rows={3}
          hint={t("editor.notesHint")}
          error={errors.notes}
        />
      </div>

      <section aria-labelledby={`${id}-items`}>
        <h3 id={`${id}-items`} className="text-lg font-semibold">
          {t("editor.items", { count: items.length })}
        </h3>
        {errors.items ? (
          <p className="mt-1 text-sm text-red-700 dark:text-red-300">{errors.items}</p>
        ) : null}
        <ol className="mt-3 space-y-4">
          {items.map((item, index) => {
            const flags = findPersonalIdentifiers(`${item.title}\n${item.body}`);
            const number = index + 1;
            return (
              <li key={item.key} className="rounded-xl border border-line bg-card p-4">
                <fieldset>
                  <legend className="font-semibold">
                    {t("editor.item", { number })}
                    {item.requestId ? (
                      <span className="ml-2 text-sm font-normal text-muted">
                        {t("editor.carried", { id: item.requestId })}
                      </span>
                    ) : null}
                  </legend>
                  <div className="mt-2 grid gap-3 sm:grid-cols-3">
                    <SelectField
                      label={t("editor.itemRegion", { number })}
                      value={item.region}
                      onChange={(e) => change(index, { region: e.target.value })}
                      options={[
                        ...(regions.some((r) => r.slug === item.region)
                          ? []
                          : [
                              {
                                value: item.region,
                                label: t("editor.unknownRegion", { region: item.region }),
                              },
                            ]),
                        ...regions.map((r) => ({ value: r.slug, label: r.name })),
                      ]}
                      error={errors[`items.${index}.region`]}
                    />
                    <Field
                      label={t("editor.itemCountry", { number })}
                      value={item.country ?? ""}
                      onChange={(e) => change(index, { country: e.target.value || null })}
                      error={errors[`items.${index}.country`]}
                    />
                    <SelectField
                      label={t("editor.itemKind", { number })}
                      value={item.kind}
                      onChange={(e) =>
                        change(index, { kind: e.target.value as EditorItem["kind"] })
                      }
                      options={[
                        { value: "request", label: t("editor.kinds.request") },
                        { value: "praise", label: t("editor.kinds.praise") },
                      ]}
                    />
                  </div>
                  <div className="mt-3 grid gap-3">
                    <Field
                      label={t("editor.itemTitle", { number })}
                      value={item.title}
                      onChange={(e) => change(index, { title: e.target.value })}
                      error={errors[`items.${index}.title`]}
                    />
                    <TextAreaField
                      label={t("editor.itemText", { number })}
                      hint={t("editor.markdownHint")}
                      value={item.body}
                      onChange={(e) => change(index, { body: e.target.value })}
                      rows={5}
                      error={errors[`items.${index}.body`]}
                    />
                  </div>
                  {flags.length > 0 ? (
                    <div className="mt-3 rounded-lg border border-amber-700 px-3 py-2 text-sm text-amber-900 dark:border-amber-300 dark:text-amber-100">
                      <p className="font-semibold">{t("editor.safetyCheck")}</p>
                      <ul className="list-disc pl-5">
                        {flags.map((flag) => (
                          <li key={`${flag.kind}-${flag.index}`}>{flag.message}</li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  <div className="mt-3 flex flex-wrap gap-2">
                    <button
                      type="button"
                      className={small}
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                    >
                      {t("editor.moveUp", { number })}
                    </button>
                    <button
                      type="button"
                      className={small}
                      disabled={index === items.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      {t("editor.moveDown", { number })}
                    </button>
                    <button
                      type="button"
                      className={small}
                      onClick={() => setItems((all) => all.filter((_, i) => i !== index))}
                    >
                      {t("editor.remove", { number })}
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <div className="mt-4 flex flex-wrap items-end gap-3">
          <button
            type="button"
            className={small}
            onClick={() =>
              setItems((all) => [
                ...all,
                keyed({
                  requestId: null,
                  region: regions[0]?.slug ?? "",
                  country: null,
                  kind: "request",
                  title: "",
                  body: "",
                }),
              ])
            }
          >
            {t("editor.addItem")}
          </button>
          {carryable.length > 0 ? (
            <div className="flex flex-wrap items-end gap-2">
              <SelectField
                label={t("editor.carryOver")}
                value={carry}
                onChange={(e) => setCarry(e.target.value)}
                options={[
                  { value: "", label: t("editor.chooseRequest") },
                  ...carryable
                    .filter((r) => !inBulletin.has(r.id))
                    .map((r) => ({
                      value: String(r.id),
                      label: `#${r.id} ${r.title} (${r.regionName})`,
                    })),
                ]}
              />
              <button
                type="button"
                className={small}
                disabled={!carry}
                onClick={() => {
                  const found = carryable.find((r) => String(r.id) === carry);
                  if (!found) return;
                  const { id: requestId, region, country, kind, title: itemTitle, body } = found;
                  setItems((all) => [
                    ...all,
                    keyed({ requestId, region, country, kind, title: itemTitle, body }),
                  ]);
                  setCarry("");
                }}
              >
                {t("editor.addIt")}
              </button>
            </div>
          ) : null}
        </div>
      </section>

      {/* The save bar stays at the foot of the screen while the long form scrolls under it, so the
          main action is always in reach (on a phone a bulletin is thousands of pixels long). */}
      <div
        data-testid="save-bar"
        className="sticky bottom-0 z-10 -mx-4 space-y-2 border-t border-line bg-paper/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-t-xl sm:border-x"
      >
        <SafetyConfirm safety={safety} />
        <FormAlert message={isSafetyRefusal(save.error) ? null : save.error?.message} />
        {save.isSuccess && bulletinId !== null ? (
          <FormAlert tone="success" message={t("editor.saved")} />
        ) : null}
        <button
          type="submit"
          disabled={save.isPending || !hydrated || safety.blocking}
          className="rounded-lg bg-accent px-5 py-2.5 font-semibold text-accent-ink disabled:opacity-70"
        >
          {bulletinId === null ? t("editor.saveDraft") : t("editor.saveChanges")}
        </button>
      </div>
    </form>
  );
}
