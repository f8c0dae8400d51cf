// Guided prayer through a person's own "My list" (the requests they pinned): the latest bulletin's
// verse, then each pinned request, the same way as /pray. Theirs only, so rendered for each visit.
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { GuidedPrayer } from "@/components/guided-prayer";
import { CountsProvider } from "@/components/prayer-counts";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page";
import { privatePageTitle } from "@/i18n/page-title";
import { requirePermission } from "@/lib/auth/guard";
import { getMyList } from "@/lib/data/prayers";
import { translateBulletinHead, translateRequests } from "@/lib/data/translations";
import { guidedItems } from "@/lib/guided-items";

export const generateMetadata = privatePageTitle("pray", "mine.title");

export default async function PrayMyListPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requirePermission({ action: "me.read" }, "/pray/mine");
  const [t, common, found] = await Promise.all([
    getTranslations("pray"),
    getTranslations("common"),
    getMyList(actor),
  ]);
  if (!found.ok) forbidden();
  const [bulletin, translated] = await Promise.all([
    found.bulletin ? translateBulletinHead(found.bulletin, locale) : null,
    translateRequests(found.items, locale),
  ]);
  const items = guidedItems(translated, common);
  return (
    <CountsProvider ids={items.map((i) => i.id)}>
      <h1 className="font-serif text-3xl font-semibold">{t("mine.title")}</h1>
      <p className="mt-1 text-muted">{t("mine.intro")}</p>
      <div className="mt-6">
        {bulletin && items.length > 0 ? (
          <GuidedPrayer
            verse={{ text: bulletin.verseText, reference: bulletin.verseReference }}
            items={items}
            regionName={null}
          />
        ) : (
          <p className="rounded-xl border border-line bg-card p-6 text-center text-muted">
            {t.rich("mine.empty", {
              link: (chunks) => (
                <Link href="/requests" className="text-accent underline underline-offset-4">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
      </div>
    </CountsProvider>
  );
}
