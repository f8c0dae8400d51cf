// The "Regions" navigation: one link per region plus "All regions"; the current one is marked.
import { useLocale, useTranslations } from "next-intl";
import { getPathname, Link } from "@/i18n/navigation";
import { regionName } from "@/lib/region-name";

export interface RegionLink {
  slug: string;
  name: string;
}

export function RegionNav({
  regions,
  current,
  hrefFor,
  fullLoad = false,
}: {
  regions: RegionLink[];
  current: string | null;
  hrefFor: (slug: string | null) => string;
  /** Load the page afresh (a cached page the server picks by the query: see Pagination). */
  fullLoad?: boolean;
}) {
  const t = useTranslations("requests");
  const common = useTranslations("common");
  const locale = useLocale();
  const Anchor = fullLoad ? "a" : Link;
  // A plain link is not localised by itself: it is given the language's address (/es/…).
  const href = (slug: string | null) =>
    fullLoad ? getPathname({ href: hrefFor(slug), locale }) : hrefFor(slug);
  const pill =
    "inline-block rounded-full border px-3 py-1.5 text-sm whitespace-nowrap transition-colors";
  const on = "border-accent bg-accent text-accent-ink";
  const off = "border-line bg-card hover:border-accent";
  return (
    <nav aria-label={t("regionNav.label")}>
      {/* Wrapped, never scrolled sideways: every region shows in full on a phone too. */}
      <ul className="flex flex-wrap gap-2">
        <li>
          <Anchor
            href={href(null)}
            aria-current={current === null ? "page" : undefined}
            className={`${pill} ${current === null ? on : off}`}
          >
            {t("regionNav.all")}
          </Anchor>
        </li>
        {regions.map((region) => (
          <li key={region.slug}>
            <Anchor
              href={href(region.slug)}
              aria-current={current === region.slug ? "page" : undefined}
              className={`${pill} ${current === region.slug ? on : off}`}
            >
              {regionName(common, region)}
            </Anchor>
          </li>
        ))}
      </ul>
    </nav>
  );
}
