// The unsubscribe link from every e-mail: says what will stop, for which address, with one button.
// Opening it changes nothing (link scanners open links); the button's form posts to the API.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { describeUnsubscribe, INVALID_UNSUBSCRIBE_LINK } from "@/lib/data/notifications";
import { pageLocale } from "@/i18n/page";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "subscribe" });
  return {
    title: t("unsubscribe.title"),
    robots: { index: false },
    referrer: "no-referrer",
  };
}

export default async function UnsubscribePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await pageLocale(params);
  const t = await getTranslations("subscribe");
  const query = await searchParams;
  const token = typeof query.token === "string" ? query.token.slice(0, 500) : null;
  const done = query.done === "1";
  const found = await describeUnsubscribe(token);
  const settingsLink = (chunks: React.ReactNode) => (
    <Link href="/me" className="text-accent underline underline-offset-4">
      {chunks}
    </Link>
  );
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  // The data layer words its refusals in English: the two it can give are said here in the page's
  // language, anything else as it comes.
  const error = found.ok
    ? null
    : found.error === INVALID_UNSUBSCRIBE_LINK
      ? t("unsubscribe.errors.invalidLink")
      : found.status === 404
        ? t("unsubscribe.errors.accountGone")
        : found.error;
  const what = found.ok ? t(`unsubscribe.lists.${found.unsubscribe.list}`) : "";
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="font-serif text-3xl font-semibold">{t("unsubscribe.title")}</h1>
      {!found.ok ? (
        <div className="mt-6 space-y-3">
          <p role="alert" className="rounded-lg border border-red-700 bg-card px-4 py-3">
            {error}
          </p>
          <p className="text-muted">
            {t.rich("unsubscribe.nothingChanged", { link: settingsLink })}
          </p>
        </div>
      ) : !found.unsubscribe.subscribed ? (
        <div className="mt-6 space-y-3">
          <p role="status" className="rounded-lg border border-answered bg-card px-4 py-3">
            {t.rich(done ? "unsubscribe.done" : "unsubscribe.alreadyDone", {
              strong,
              email: found.unsubscribe.email,
              what,
            })}
          </p>
          <p className="text-muted">{t.rich("unsubscribe.changedMind", { link: settingsLink })}</p>
        </div>
      ) : (
        <form
          method="post"
          action={`/api/unsubscribe?token=${encodeURIComponent(token ?? "")}&lang=${locale}`}
          className="mt-6 space-y-4 rounded-xl border border-line bg-card p-5"
        >
          <input type="hidden" name="source" value="page" />
          <p>{t.rich("unsubscribe.confirm", { strong, email: found.unsubscribe.email, what })}</p>
          <button
            type="submit"
            className="rounded-lg bg-accent px-4 py-2.5 font-semibold text-accent-ink"
          >
            {t("unsubscribe.button")}
          </button>
          <p className="text-sm text-muted">
            {t.rich("unsubscribe.others", { link: settingsLink })}
          </p>
        </form>
      )}
    </div>
  );
}
