"use client";
// Paste a bulletin as it was e-mailed; the same parser as `npm run bulletin:import` turns it into a
// draft, shown beside the text with its warnings, to fix in the editor and save as a draft.
import { useId, useState } from "react";
import { MAX_BULLETIN_CHARS, parseBulletin, type BulletinDraft } from "@/lib/bulletin/parser";
import { FormAlert, useHydrated } from "@/components/ui/field";
import { BulletinEditor, type CarryableRequest } from "./bulletin-editor";

export function ImportTool({
  regions,
  carryable,
}: {
  regions: { slug: string; name: string }[];
  carryable: CarryableRequest[];
}) {
  const id = useId();
  const hydrated = useHydrated();
  const [text, setText] = useState("");
  const [draft, setDraft] = useState<BulletinDraft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  const read = () => {
    if (text.length > MAX_BULLETIN_CHARS) {
      setProblem(
        `That is ${text.length.toLocaleString("en")} characters; a bulletin can have at most ${MAX_BULLETIN_CHARS.toLocaleString("en")}. Paste one bulletin at a time.`,
      );
      setDraft(null);
      return;
    }
    if (!text.trim()) {
      setProblem("Paste the bulletin's text first.");
      setDraft(null);
      return;
    }
    setProblem(null);
    setDraft(parseBulletin(text));
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
            Bulletin text
          </label>
          <p id={`${id}-hint`} className="text-sm text-muted">
            Paste the bulletin exactly as it was e-mailed. Nothing is saved until you choose “Save
            as draft” below.
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
          Read the bulletin
        </button>
      </form>

      {draft ? (
        <>
          <section aria-labelledby={`${id}-draft`} className="grid gap-4 lg:grid-cols-2">
            <h2 id={`${id}-draft`} className="text-xl font-semibold lg:col-span-2">
              The draft beside the text
            </h2>
            <div>
              <h3 className="text-sm font-semibold text-muted">What you pasted</h3>
              <pre
                tabIndex={0}
                aria-label="What you pasted"
                className="mt-1 max-h-[32rem] overflow-auto rounded-lg border border-line bg-card p-3 text-sm whitespace-pre-wrap"
              >
                {text}
              </pre>
            </div>
            <div>
              <h3 className="text-sm font-semibold text-muted">What the parser found</h3>
              <div className="mt-1 space-y-2 rounded-lg border border-line bg-card p-3 text-sm">
                <p>
                  <span className="font-semibold">{draft.title}</span> · verse{" "}
                  {draft.verse ? draft.verse.reference : "not found"} · {draft.items.length} items ·{" "}
                  {draft.notes.length} notes
                </p>
                <div role="status">
                  {draft.warnings.length === 0 ? (
                    <p>No warnings.</p>
                  ) : (
                    <>
                      <p className="font-semibold">Warnings ({draft.warnings.length})</p>
                      <ul className="list-disc pl-5">
                        {draft.warnings.map((w) => (
                          <li key={w}>{w}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </div>
                <ol className="list-decimal space-y-1 pl-5">
                  {draft.items.map((item, i) => (
                    <li key={i}>
                      {item.kind === "praise" ? "Praise" : "Request"} · {item.region}
                      {item.country ? ` · ${item.country}` : ""}: {item.title}
                    </li>
                  ))}
                </ol>
              </div>
            </div>
          </section>
          <section aria-labelledby={`${id}-fix`}>
            <h2 id={`${id}-fix`} className="text-xl font-semibold">
              Fix and save
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
