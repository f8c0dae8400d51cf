"use client";
// "Print this guide": the browser's print dialog (the page's print CSS does the layout).
import { useTranslations } from "next-intl";

export function PrintButton() {
  const t = useTranslations("freedomSunday");
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink"
    >
      {t("guide.print")}
    </button>
  );
}
