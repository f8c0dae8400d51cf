"use client";
// "Share": the phone's own share sheet (Web Share API) where there is one, else the link is copied
// with a confirmation. Only the public address and title are shared.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { CopyResult, copyLink, type CopyState } from "./copy-link";

export function ShareButton({ path, title }: { path: string; title: string }) {
  const t = useTranslations("common");
  const [state, setState] = useState<CopyState>("idle");
  const [link, setLink] = useState("");
  async function share() {
    const url = new URL(path, window.location.origin).toString();
    setLink(url);
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // Closed by the person: nothing to do. Refused by the browser: copy instead.
        if (error instanceof DOMException && error.name === "AbortError") return;
      }
    }
    setState(await copyLink(url));
  }
  return (
    <div className="space-y-1">
      <button
        type="button"
        onClick={share}
        className="rounded-full border border-line px-4 py-2 text-sm font-semibold"
      >
        {t("share.button")}
      </button>
      <CopyResult state={state} link={link} />
    </div>
  );
}
