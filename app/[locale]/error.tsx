"use client";
// A page failed to render: say so, offer a retry, reveal nothing about the cause.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("common");
  return (
    <div className="py-16 text-center" role="alert">
      <h1 className="font-serif text-3xl font-semibold">{t("error.title")}</h1>
      <p className="mt-2 text-muted">{t("error.body")}</p>
      <div className="mt-6 flex justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink"
        >
          {t("error.retry")}
        </button>
        <Link href="/" className="rounded-lg border border-line px-4 py-2">
          {t("error.home")}
        </Link>
      </div>
    </div>
  );
}
