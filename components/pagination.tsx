// Previous/next page links that keep the rest of the URL's filters.
import { useLocale, useTranslations } from "next-intl";
import { getPathname, Link } from "@/i18n/navigation";

export function Pagination({
  page,
  pageCount,
  hrefFor,
  fullLoad = false,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  /**
   * Load the page afresh instead of navigating in the browser: for a cached page whose query the
   * server rewrites to another page (lib/page-rewrites.ts), which the browser's router cannot know.
   */
  fullLoad?: boolean;
}) {
  const t = useTranslations("requests");
  const locale = useLocale();
  const Anchor = fullLoad ? "a" : Link;
  // A plain link is not localised by itself: it is given the language's address (/es/…).
  const href = (to: number) =>
    fullLoad ? getPathname({ href: hrefFor(to), locale }) : hrefFor(to);
  if (pageCount <= 1) return null;
  return (
    <nav
      aria-label={t("pagination.label")}
      className="mt-8 flex items-center justify-between gap-4 text-sm"
    >
      {page > 1 ? (
        <Anchor
          href={href(page - 1)}
          rel="prev"
          className="rounded-lg border border-line px-3 py-2"
        >
          {t("pagination.newer")}
        </Anchor>
      ) : (
        <span />
      )}
      <span className="text-muted">{t("pagination.pageOf", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Anchor
          href={href(page + 1)}
          rel="next"
          className="rounded-lg border border-line px-3 py-2"
        >
          {t("pagination.older")}
        </Anchor>
      ) : (
        <span />
      )}
    </nav>
  );
}
