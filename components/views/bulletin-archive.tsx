// The archive of published bulletins, newest first, one page of it: the body of /bulletins and of
// its later pages (app/bulletins/page/[page], where next.config.ts sends /bulletins?page=N).
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import { Pagination } from "@/components/pagination";
import { tagPage, tags } from "@/lib/cache";
import { listPublicBulletins } from "@/lib/data/bulletins";
import { formatDate } from "@/lib/time";
import { DoNotCache } from "./do-not-cache";

export async function BulletinArchive({ page }: { page: number }) {
  const result = await listPublicBulletins(page);
  await tagPage(tags.bulletins);
  const t = await getTranslations("bulletins");
  const locale = (await getLocale()) as Locale;
  return (
    <>
      {/* A page number past the end shows the last page, and is not kept in the cache. */}
      {result.page === page ? null : <DoNotCache />}
      <h1 className="font-serif text-3xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-muted">{t("count", { count: result.total })}</p>
      {result.items.length === 0 ? (
        <p className="mt-10 text-center text-muted">{t("empty")}</p>
      ) : (
        <ul className="mt-6 divide-y divide-line rounded-xl border border-line bg-card">
          {result.items.map((bulletin) => (
            <li key={bulletin.id}>
              <Link
                href={`/bulletins/${bulletin.id}`}
                className="block px-4 py-3 hover:bg-paper sm:px-5"
              >
                <span className="block font-semibold">{bulletin.title}</span>
                <span className="block text-sm text-muted">
                  <time dateTime={bulletin.publishAt.toISOString()}>
                    {formatDate(bulletin.publishAt, locale)}
                  </time>
                  {bulletin.verseReference ? ` · ${bulletin.verseReference}` : ""} ·{" "}
                  {t("items", { count: bulletin.itemCount })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        fullLoad
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(p) => (p === 1 ? "/bulletins" : `/bulletins?page=${p}`)}
      />
    </>
  );
}
