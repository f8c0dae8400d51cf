// Engagement on the staff dashboard: prayers by region and week (a chart, and the same numbers in a
// table, which is the accessible version), the most and least prayed-for requests, and churches
// newly hosting Freedom Sunday. Only aggregates: nothing here says who prayed.
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import type { Engagement as EngagementData, RankedRequest } from "@/lib/data/engagement";
import { countText, type RequestsTranslator } from "@/lib/count-text";
import { formatDate } from "@/lib/time";
import { WeeklyPrayers } from "../weekly-prayers";

function dayAsDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The app's one count wording; staff read "not prayed for yet" where members are invited to pray. */
function prayedText(request: RankedRequest, notYet: string, counts: RequestsTranslator): string {
  if (request.prayerCount === 0) return notYet;
  return countText({ times: request.prayerCount, people: request.prayerPeople }, "request", counts);
}

function RankedList({
  id,
  title,
  note,
  requests,
  empty,
}: {
  id: string;
  title: string;
  note: string;
  requests: RankedRequest[];
  empty?: string;
}) {
  const t = useTranslations("staff");
  const counts = useTranslations("requests");
  return (
    <div className="rounded-xl border border-line bg-card p-4">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      <p className="text-sm text-muted">{note}</p>
      {requests.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{empty ?? t("engagement.noOpen")}</p>
      ) : (
        <ol aria-labelledby={id} className="mt-2 divide-y divide-line">
          {requests.map((request) => (
            <li key={request.id} className="py-2">
              <Link href={`/requests/${request.id}`} className="font-semibold hover:underline">
                {request.title}
              </Link>
              <p className="text-sm text-muted">
                {request.regionName} · {prayedText(request, t("engagement.notPrayed"), counts)}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export function Engagement({ engagement }: { engagement: EngagementData }) {
  const { weeks, regions, series, mostPrayed, leastPrayed, newHostingChurches } = engagement;
  const hosting = newHostingChurches;
  const t = useTranslations("staff");
  const locale = useLocale() as Locale;

  return (
    <section aria-labelledby="engagement" className="mt-8">
      <h2 id="engagement" className="text-xl font-semibold">
        {t("engagement.heading")}
      </h2>
      <p className="mt-1 text-muted">{t("engagement.totalsOnly")}</p>

      <div className="mt-3">
        <WeeklyPrayers
          id="engagement"
          weeks={weeks}
          regions={regions}
          series={series}
          title={t("engagement.chartTitle", { weeks: weeks.length })}
        />
      </div>

      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <RankedList
          id="engagement-most"
          title={t("engagement.mostPrayed")}
          note={t("engagement.openAllTime")}
          requests={mostPrayed}
        />
        <RankedList
          id="engagement-least"
          title={t("engagement.leastPrayed")}
          note={t("engagement.openAllTime")}
          requests={leastPrayed}
          empty={mostPrayed.length > 0 ? t("engagement.everyOpenInMost") : t("engagement.noOpen")}
        />
      </div>

      <div className="mt-4 rounded-xl border border-line bg-card p-4">
        <h3 className="font-semibold">{t("engagement.newHosts")}</h3>
        <p className="text-sm text-muted">
          {hosting.count === 0
            ? t("engagement.noHosts", { weeks: weeks.length })
            : t("engagement.hosts", { count: hosting.count, weeks: weeks.length })}
        </p>
        {hosting.latest.length > 0 ? (
          <ul className="mt-2 divide-y divide-line">
            {hosting.latest.map((church) => (
              <li key={church.churchId} className="py-2">
                <p className="font-semibold">{church.name}</p>
                <p className="text-sm text-muted">
                  {t.rich("engagement.hostedOn", {
                    city: church.city,
                    country: church.country,
                    date: formatDate(dayAsDate(church.eventDate), locale),
                    time: (chunks) => <time dateTime={church.eventDate}>{chunks}</time>,
                  })}
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
