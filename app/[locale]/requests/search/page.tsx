// /requests?q=… (rewritten here by proxy.ts): one page for every search, cached like any page; the
// search itself runs in the browser (components/views/search-view.tsx asks
// /api/requests/search). So a search nobody made before costs the server a database look-up, not a
// page to render, and made-up searches fill no cache.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { RequestsBody } from "@/components/views/requests-body";
import { SearchView } from "@/components/views/search-view";
import { pageLocale } from "@/i18n/page";
import { tagPage, tags } from "@/lib/cache";
import { listRegions } from "@/lib/data/regions";

export const revalidate = 300;

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "requests" });
  return { title: t("meta.searchTitle"), robots: { index: false } };
}

export default async function RequestSearchPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  await pageLocale(params);
  const [t, all] = await Promise.all([getTranslations("requests"), listRegions()]);
  await tagPage(tags.regions);
  const regions = all.map(({ slug, name }) => ({ slug, name }));
  return (
    // Until the browser reads the address (and without JavaScript), the page waits for the search.
    <Suspense
      fallback={
        <RequestsBody
          regions={regions}
          filters={{ page: 1 }}
          problems={[]}
          result={null}
          pending={
            <>
              <noscript>
                <p className="rounded-lg border border-line bg-card px-4 py-3">
                  {t("list.needsScript")}
                </p>
              </noscript>
              <p className="py-10 text-center text-muted">{t("list.searching")}</p>
            </>
          }
        />
      }
    >
      <SearchView regions={regions} />
    </Suspense>
  );
}
