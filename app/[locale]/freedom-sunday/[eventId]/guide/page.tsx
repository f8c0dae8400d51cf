// A printable prayer guide for the service: church, date, verse, the featured requests by region,
// and prayers of the people composed from them. Print CSS fits A4 and Letter (app/globals.css).
import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { PrintButton } from "@/components/print-button";
import { requirePermission } from "@/lib/auth/guard";
import { getLatestBulletin } from "@/lib/data/bulletins";
import { getEventPlan } from "@/lib/data/church-events";
import { markdownToText } from "@/lib/markdown";
import { petition } from "@/lib/prayer-guide";
import { formatDate } from "@/lib/time";
import { parseId } from "@/lib/validation/ids";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page";
import { requestTranslationsFor, translateBulletinHead } from "@/lib/data/translations";

type Params = Promise<{ locale: string; eventId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "freedomSunday" });
  return { title: t("guide.metaTitle"), robots: { index: false } };
}

export default async function GuidePage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const t = await getTranslations("freedomSunday");
  const raw = (await params).eventId;
  const actor = await requirePermission({ action: "me.read" }, `/freedom-sunday/${raw}/guide`);
  const id = parseId(raw);
  if (id === null) notFound();
  const [found, latest] = await Promise.all([getEventPlan(actor, id), getLatestBulletin()]);
  if (!found.ok) return found.status === 404 ? notFound() : forbidden();
  const { event } = found;
  // The verse and the requests' titles in the guide's language where staff translated them.
  const [bulletin, titles] = await Promise.all([
    latest ? translateBulletinHead(latest, locale) : null,
    requestTranslationsFor(
      found.featured.map((r) => r.requestId),
      locale,
    ),
  ]);
  const featured = found.featured.map((r) => {
    const t = titles.get(r.requestId);
    return t ? { ...r, title: t.title, body: t.body } : r;
  });
  const kinds = new Map((latest?.items ?? []).map((i) => [i.id, i.kind]));
  const regions: { name: string; items: typeof featured }[] = [];
  for (const request of featured) {
    const group = regions.find((r) => r.name === request.regionName);
    if (group) group.items.push(request);
    else regions.push({ name: request.regionName, items: [request] });
  }
  return (
    <article className="prayer-guide mx-auto max-w-2xl">
      <div className="no-print mb-6 flex justify-end">
        <PrintButton />
      </div>
      <header className="border-b border-line pb-4 text-center">
        <p className="text-sm tracking-wide text-muted uppercase">{t("guide.kicker")}</p>
        <h1 className="mt-1 font-serif text-3xl font-semibold">{event.churchName}</h1>
        <p className="mt-1">
          {formatDate(new Date(`${event.date}T12:00:00Z`), locale)}
          {event.serviceTimes ? ` · ${event.serviceTimes}` : ""} · {event.city}, {event.country}
        </p>
      </header>
      {bulletin?.verseText ? (
        <blockquote className="guide-verse mt-6 text-center font-serif text-xl leading-relaxed">
          <p>“{bulletin.verseText}”</p>
          <footer className="mt-1 text-sm text-muted">— {bulletin.verseReference}</footer>
        </blockquote>
      ) : null}
      {regions.length === 0 ? (
        <p className="mt-8 text-center text-muted">{t("guide.noRequests")}</p>
      ) : (
        regions.map((region) => (
          <section
            key={region.name}
            className="guide-region mt-8"
            aria-labelledby={`guide-${region.name}`}
          >
            <h2 id={`guide-${region.name}`} className="font-serif text-2xl font-semibold">
              {region.name}
            </h2>
            {region.items.map((request) => (
              <div key={request.requestId} className="guide-item mt-3">
                <h3 className="font-semibold">
                  {request.title}
                  {request.country ? (
                    <span className="font-normal text-muted"> · {request.country}</span>
                  ) : null}
                </h3>
                <p className="mt-1">{markdownToText(request.body)}</p>
              </div>
            ))}
          </section>
        ))
      )}
      {featured.length > 0 ? (
        <section className="guide-region mt-10" aria-labelledby="people-heading">
          <h2 id="people-heading" className="font-serif text-2xl font-semibold">
            {t("guide.peopleHeading")}
          </h2>
          <p className="mt-2 italic">{t("guide.leader")}</p>
          <ol className="mt-2 space-y-2">
            {featured.map((request) => (
              <li key={request.requestId}>
                {petition(request.title, kinds.get(request.requestId) ?? "request", (kind, text) =>
                  t(kind === "praise" ? "guide.thanks" : "guide.petition", { text }),
                )}
              </li>
            ))}
          </ol>
          <p className="mt-3 italic">{t("guide.all")}</p>
        </section>
      ) : null}
      <p className="mt-10 text-center text-sm text-muted">{t("guide.names")}</p>
    </article>
  );
}
