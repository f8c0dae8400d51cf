// Previous/next page links that keep the rest of the URL's filters.
import Link from "next/link";

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
  const Anchor = fullLoad ? "a" : Link;
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-8 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Anchor
          href={hrefFor(page - 1)}
          rel="prev"
          className="rounded-lg border border-line px-3 py-2"
        >
          ← Newer
        </Anchor>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Anchor
          href={hrefFor(page + 1)}
          rel="next"
          className="rounded-lg border border-line px-3 py-2"
        >
          Older →
        </Anchor>
      ) : (
        <span />
      )}
    </nav>
  );
}
