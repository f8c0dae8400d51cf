"use client";
// Copies a link, says so (a polite status), and when the browser will not copy (no permission, an
// old browser) shows the link selected in a field to copy by hand.
import { useTranslations } from "next-intl";
import { useState } from "react";

export type CopyState = "idle" | "copied" | "manual";

/** Copies `link`; resolves to what the person should be told. */
export async function copyLink(link: string): Promise<CopyState> {
  try {
    await navigator.clipboard.writeText(link);
    return "copied";
  } catch {
    return "manual";
  }
}

/** The confirmation, or the link to copy by hand, after `copyLink`. */
export function CopyResult({ state, link }: { state: CopyState; link: string }) {
  const t = useTranslations("common");
  return (
    <>
      <p role="status" aria-live="polite" className="text-sm text-muted">
        {state === "copied" ? t("share.copied") : ""}
      </p>
      {state === "manual" ? (
        <label className="block text-sm">
          <span className="font-semibold">{t("share.copyThis")}</span>
          <input
            readOnly
            value={link}
            autoFocus
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 block w-full rounded-lg border border-line bg-card px-3 py-2"
          />
        </label>
      ) : null}
    </>
  );
}

export function CopyLinkButton({ link, label }: { link: string; label?: string }) {
  const t = useTranslations("common");
  const [state, setState] = useState<CopyState>("idle");
  return (
    <div className="space-y-1">
      <button
        type="button"
        onClick={async () => setState(await copyLink(link))}
        className="rounded-full border-2 border-accent px-4 py-2 font-semibold text-accent hover:bg-request-bg"
      >
        {label ?? t("share.copy")}
      </button>
      <CopyResult state={state} link={link} />
    </div>
  );
}
