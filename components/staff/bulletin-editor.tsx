"use client";
// The bulletin editor: title, verse, notes and items (region, country, kind, title, Markdown body),
// reordered with buttons, carried over from earlier bulletins, with the safety check shown as you type.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
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
        Bulletin
      </h2>
      <div className="grid gap-4">
        <Field
          label="Title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={errors.title}
        />
        <TextAreaField
          label="Verse"
          value={verseText}
          onChange={(e) => setVerseText(e.target.value)}
          rows={2}
          error={errors.verseText}
        />
        <Field
          label="Verse reference"
          value={verseReference}
          onChange={(e) => setVerseReference(e.target.value)}
          error={errors.verseReference}
          hint="For example Psalm 72:4"
        />
        <TextAreaField
          label="Notes"
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          rows={3}
          hint="Shown under the items. Separate notes with a blank line."
          error={errors.notes}
        />
      </div>

      <section aria-labelledby={`${id}-items`}>
        <h3 id={`${id}-items`} className="text-lg font-semibold">
          Items ({items.length})
        </h3>
        {errors.items ? (
          <p className="mt-1 text-sm text-red-700 dark:text-red-300">{errors.items}</p>
        ) : null}
        <ol className="mt-3 space-y-4">
          {items.map((item, index) => {
            const flags = findPersonalIdentifiers(`${item.title}\n${item.body}`);
            const label = `Item ${index + 1}`;
            return (
              <li key={item.key} className="rounded-xl border border-line bg-card p-4">
                <fieldset>
                  <legend className="font-semibold">
                    {label}
                    {item.requestId ? (
                      <span className="ml-2 text-sm font-normal text-muted">
                        request #{item.requestId}, carried over (edits show wherever it appears)
                      </span>
                    ) : null}
                  </legend>
                  <div className="mt-2 grid gap-3 sm:grid-cols-3">
                    <SelectField
                      label={`${label} region`}
                      value={item.region}
                      onChange={(e) => change(index, { region: e.target.value })}
                      options={[
                        ...(regions.some((r) => r.slug === item.region)
                          ? []
                          : [
                              { value: item.region, label: `Unknown “${item.region}”: choose one` },
                            ]),
                        ...regions.map((r) => ({ value: r.slug, label: r.name })),
                      ]}
                      error={errors[`items.${index}.region`]}
                    />
                    <Field
                      label={`${label} country`}
                      value={item.country ?? ""}
                      onChange={(e) => change(index, { country: e.target.value || null })}
                      error={errors[`items.${index}.country`]}
                    />
                    <SelectField
                      label={`${label} kind`}
                      value={item.kind}
                      onChange={(e) =>
                        change(index, { kind: e.target.value as EditorItem["kind"] })
                      }
                      options={[
                        { value: "request", label: "Prayer request" },
                        { value: "praise", label: "Praise report" },
                      ]}
                    />
                  </div>
                  <div className="mt-3 grid gap-3">
                    <Field
                      label={`${label} title`}
                      value={item.title}
                      onChange={(e) => change(index, { title: e.target.value })}
                      error={errors[`items.${index}.title`]}
                    />
                    <TextAreaField
                      label={`${label} text`}
                      hint="Markdown: **bold**, *italic*, lists, links."
                      value={item.body}
                      onChange={(e) => change(index, { body: e.target.value })}
                      rows={5}
                      error={errors[`items.${index}.body`]}
                    />
                  </div>
                  {flags.length > 0 ? (
                    <div className="mt-3 rounded-lg border border-amber-700 px-3 py-2 text-sm text-amber-900 dark:border-amber-300 dark:text-amber-100">
                      <p className="font-semibold">Safety check</p>
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
                      Move {label.toLowerCase()} up
                    </button>
                    <button
                      type="button"
                      className={small}
                      disabled={index === items.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      Move {label.toLowerCase()} down
                    </button>
                    <button
                      type="button"
                      className={small}
                      onClick={() => setItems((all) => all.filter((_, i) => i !== index))}
                    >
                      Remove {label.toLowerCase()}
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
            Add a new item
          </button>
          {carryable.length > 0 ? (
            <div className="flex flex-wrap items-end gap-2">
              <SelectField
                label="Carry over an earlier request"
                value={carry}
                onChange={(e) => setCarry(e.target.value)}
                options={[
                  { value: "", label: "Choose a request" },
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
                Add it
              </button>
            </div>
          ) : null}
        </div>
      </section>

      <SafetyConfirm safety={safety} />
      <FormAlert message={isSafetyRefusal(save.error) ? null : save.error?.message} />
      {save.isSuccess && bulletinId !== null ? <FormAlert tone="success" message="Saved." /> : null}
      <button
        type="submit"
        disabled={save.isPending || !hydrated || safety.blocking}
        className="rounded-lg bg-accent px-5 py-2.5 font-semibold text-accent-ink disabled:opacity-70"
      >
        {bulletinId === null ? "Save as draft" : "Save changes"}
      </button>
    </form>
  );
}
