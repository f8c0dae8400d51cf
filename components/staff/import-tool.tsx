"use client";
// Paste a bulletin as it was e-mailed; the same parser as `npm run bulletin:import` turns it into a
// draft, shown beside the text with its warnings and how sure the parser is of each item, to fix
// in the editor and save as a draft. A bulletin already here (pasted before) is pointed out.
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import { useId, useState } from "react";
import { sendJson } from "@/lib/api-client";
import { useTranslateMessage } from "@/lib/i18n/use-translate-message";
import {
  MAX_BULLETIN_CHARS,
  parseBulletinWithConfidence,
  type BulletinDraft,
  type ItemConfidence,
} from "@/lib/bulletin/parser";
import { formatDate } from "@/lib/time";
import { FormAlert, useHydrated } from "@/components/ui/field";
import { BulletinEditor, type CarryableRequest } from "./bulletin-editor";

export function ImportTool({
  regions,
  carryable,
}: {
  regions: { slug: string; name: string }[];
  carryable: CarryableRequest[];
}) {
  const t = useTranslations("staff");
  const translate = useTranslateMessage();
  const id = useId();
  const hydrated = useHydrated();
  const [text, setText] = useState("");
  const [parsed, setParsed] = useState<{
    draft: BulletinDraft;
    confidence: ItemConfidence[];
  } | null>(null);
  const draft = parsed?.draft ?? null;
  const [problem, setProblem] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  const read = () => {
    if (text.length > MAX_BULLETIN_CHARS) {
      setProblem(t("import.tooLong", { length: text.length, max: MAX_BULLETIN_CHARS }));
      setParsed(null);
      return;
    }
    if (!text.trim()) {
      setProblem(t("import.empty"));
      setParsed(null);
      return;
    }
    setProblem(null);
    setParsed(parseBulletinWithConfidence(text));
    setRound((r) => r + 1);
  };

  return (
    <div className="space-y-8">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          read();
        }}
        className="space-y-3"
      >
        <div>
          <label htmlFor={`${id}-text`} className="block text-sm font-semibold">
            {t("import.textLabel")}
          </label>
          <p id={`${id}-hint`} className="text-sm text-muted">
            {t("import.textHint")}
          </p>
          <textarea
            id={`${id}-text`}
            aria-describedby={`${id}-hint`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={12}
            className="mt-1 block w-full rounded-lg border border-line bg-card px-3 py-2 font-mono text-sm"
          />
        </div>
        <FormAlert message={problem} />
        <button
          type="submit"
          disabled={!hydrated}
          className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink disabled:opacity-70"
        >
          {t("import.read")}
        </button>
      </form>

      {draft ? (
        <>
          <section aria-labelledby={`${id}-draft`} className="grid gap-4 lg:grid-cols-2">
            <h2 id={`${id}-draft`} className="text-xl font-semibold lg:col-span-2">
              {t("import.draftHeading")}
            </h2>
            {/* Beside the draft on wide screens; on a phone the text is already in the box above. */}
            <div className="hidden lg:block">
              <h3 className="text-sm font-semibold text-muted">{t("import.pasted")}</h3>
              <pre
                tabIndex={0}
                aria-label={t("import.pasted")}
                className="mt-1 max-h-[32rem] overflow-auto rounded-lg border border-line bg-card p-3 text-sm whitespace-pre-wrap"
              >
                {text}
              </pre>
            </div>
            <div>
              <h3 className="text-sm font-semibold text-muted">{t("import.found")}</h3>
              <div className="mt-1 space-y-2 rounded-lg border border-line bg-card p-3 text-sm">
                <p>
                  <span className="font-semibold">{draft.title}</span> ·{" "}
                  {draft.verse
                    ? t("import.verse", { reference: draft.verse.reference })
                    : t("import.verseNotFound")}{" "}
                  · {t("itemCount", { count: draft.items.length })} ·{" "}
                  {t("import.notes", { count: draft.notes.length })}
                </p>
                <div role="status">
                  <AlreadyImported round={round} draft={draft} />
                  {draft.warnings.length === 0 ? (
                    <p>{t("import.noWarnings")}</p>
                  ) : (
                    <>
                      <p className="font-semibold">
                        {t("import.warnings", { count: draft.warnings.length })}
                      </p>
                      <ul className="list-disc pl-5">
                        {draft.warnings.map((w) => (
                          <li key={w}>{translate(w)}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </div>
                <ConfidenceSummary confidence={parsed?.confidence ?? []} />
                <ol className="list-decimal space-y-2 pl-5">
                  {draft.items.map((item, i) => {
                    const sure = parsed?.confidence[i];
                    return (
                      <li key={i}>
                        {item.kind === "praise"
                          ? t("import.kinds.praise")
                          : t("import.kinds.request")}{" "}
                        · {regions.find((r) => r.slug === item.region)?.name ?? item.region}
                        {item.country ? ` · ${item.country}` : ""}: {item.title}
                        {sure ? <ConfidenceNote confidence={sure} /> : null}
                      </li>
                    );
                  })}
                </ol>
              </div>
            </div>
          </section>
          <section aria-labelledby={`${id}-fix`}>
            <h2 id={`${id}-fix`} className="text-xl font-semibold">
              {t("import.fixHeading")}
            </h2>
            <div className="mt-3">
              <BulletinEditor
                key={round}
                bulletinId={null}
                regions={regions}
                carryable={carryable}
                initial={{
                  title: draft.title,
                  verseText: draft.verse?.text ?? "",
                  verseReference: draft.verse?.reference ?? "",
                  notes: draft.notes,
                  items: draft.items.map((item) => ({ ...item, requestId: null })),
                }}
              />
            </div>
          </section>
        </>
      ) : null}
    </div>
  );
}

const LEVEL_CLASS: Record<ItemConfidence["level"], string> = {
  high: "bg-answered-bg text-answered",
  medium: "bg-praise-bg text-praise",
  low: "bg-praise-bg text-praise ring-1 ring-praise",
};

/** How sure the parser is of one item, and what it guessed. */
function ConfidenceNote({ confidence }: { confidence: ItemConfidence }) {
  const t = useTranslations("staff");
  const translate = useTranslateMessage();
  return (
    <span className="block text-xs">
      <span
        className={`mr-1 inline-block rounded px-1.5 py-0.5 font-semibold ${LEVEL_CLASS[confidence.level]}`}
      >
        {t(`import.levels.${confidence.level}`)}
      </span>
      {confidence.reasons.map(translate).join(" ")}
    </span>
  );
}

function ConfidenceSummary({ confidence }: { confidence: ItemConfidence[] }) {
  const t = useTranslations("staff");
  const toCheck = confidence.filter((c) => c.level !== "high").length;
  if (confidence.length === 0) return null;
  return (
    <p className="font-semibold">
      {toCheck === 0
        ? t("import.allConfident")
        : t("import.toCheck", { count: toCheck, total: confidence.length })}
    </p>
  );
}

interface ImportedMatch {
  id: number;
  title: string;
  status: "draft" | "scheduled" | "published";
  publishAt: string | null;
  createdAt: string;
  shared: number;
}

/** Warns when the pasted bulletin is already here: most of its items are in an earlier bulletin. */
function AlreadyImported({ round, draft }: { round: number; draft: BulletinDraft }) {
  const t = useTranslations("staff");
  const locale = useLocale() as Locale;
  const bodies = draft.items.map((item) => item.body).slice(0, 100);
  const { data } = useQuery({
    queryKey: ["bulletin-imported", round],
    enabled: bodies.length > 0,
    staleTime: Infinity,
    queryFn: () =>
      sendJson<{ matches: ImportedMatch[] }>("/api/staff/bulletins/imported", "POST", { bodies }),
  });
  const matches = data?.matches ?? [];
  if (matches.length === 0) return null;
  return (
    <div className="mb-2 rounded-md border border-praise bg-praise-bg p-2 text-praise">
      <p className="font-semibold">{t("import.already")}</p>
      <ul className="list-disc pl-5">
        {matches.map((m) => (
          <li key={m.id}>
            {t.rich("import.alreadyHolds", {
              title: m.title,
              when: m.publishAt
                ? t("import.statusOn", {
                    status: t(`bulletinStatus.${m.status}`),
                    date: formatDate(new Date(m.publishAt), locale),
                  })
                : t(`bulletinStatus.${m.status}`),
              shared: m.shared,
              total: bodies.length,
              link: (chunks) => (
                <Link href={`/staff/bulletins/${m.id}`} className="underline">
                  {chunks}
                </Link>
              ),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
