// The "Regions" navigation: one link per region plus "All regions"; the current one is marked.
import Link from "next/link";

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
  const Anchor = fullLoad ? "a" : Link;
  const pill =
    "inline-block rounded-full border px-3 py-1.5 text-sm whitespace-nowrap transition-colors";
  const on = "border-accent bg-accent text-accent-ink";
  const off = "border-line bg-card hover:border-accent";
  return (
    <nav aria-label="Regions" className="-mx-4 overflow-x-auto px-4 pb-1">
      <ul className="flex gap-2 sm:flex-wrap">
        <li>
          <Anchor
            href={hrefFor(null)}
            aria-current={current === null ? "page" : undefined}
            className={`${pill} ${current === null ? on : off}`}
          >
            All regions
          </Anchor>
        </li>
        {regions.map((region) => (
          <li key={region.slug}>
            <Anchor
              href={hrefFor(region.slug)}
              aria-current={current === region.slug ? "page" : undefined}
              className={`${pill} ${current === region.slug ? on : off}`}
            >
              {region.name}
            </Anchor>
          </li>
        ))}
      </ul>
    </nav>
  );
}
