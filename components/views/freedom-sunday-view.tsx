// Freedom Sunday for everyone: what it is, how many churches host this year, who, and how to join in;
// the body of /freedom-sunday and of /freedom-sunday?country=… (app/freedom-sunday/in/[country]).
import { getLocale, getTranslations } from "next-intl/server";
import { YourFreedomSunday } from "@/components/churches/your-freedom-sunday";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import { tagPage, tags } from "@/lib/cache";
import { listHostingChurches } from "@/lib/data/churches";
import { calendarDay, formatDate } from "@/lib/time";
import { DoNotCache } from "./do-not-cache";

export async function FreedomSundayView({ country }: { country?: string }) {
  const t = await getTranslations("freedomSunday");
  const locale = (await getLocale()) as Locale;
  const year = Number(calendarDay(new Date()).slice(0, 4));
  const requested = (country ?? "").trim().slice(0, 80);
  const all = await listHostingChurches({ year });
  const known = all.countries.includes(requested);
  const hosting = known ? await listHostingChurches({ year, country: requested }) : all;
  await tagPage(tags.hosts);
  return (
    <>
      {/* A country with no church listed is said so, and not kept in the cache. */}
      {requested && !known ? <DoNotCache /> : null}
      <h1 className="font-serif text-3xl font-semibold sm:text-4xl">{t("view.heading")}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t("view.intro")}</p>
      <p className="mt-6 text-2xl font-semibold" data-testid="hosting-count">
        {t("view.hostingCount", { count: all.count, year: String(year) })}
      </p>
      <YourFreedomSunday />
      <p className="mt-2 text-sm text-muted">{t("view.leadersNote")}</p>

      <section aria-labelledby="hosts-heading" className="mt-10">
        <h2 id="hosts-heading" className="font-serif text-2xl font-semibold">
          {t("view.hostsHeading", { year: String(year) })}
        </h2>
        {!known && requested ? (
          <p role="alert" className="mt-3 rounded-lg border border-line bg-card px-4 py-3 text-sm">
            {t("view.unknownCountry", { country: requested })}
          </p>
        ) : null}
        {all.countries.length > 0 ? (
          <form
            method="get"
            action={getPathname({ href: "/freedom-sunday", locale })}
            className="mt-3 flex flex-wrap items-end gap-2"
          >
            <div>
              <label htmlFor="country" className="block text-sm font-semibold">
                {t("view.country")}
              </label>
              <select
                id="country"
                name="country"
                defaultValue={known ? requested : ""}
                className="mt-1 rounded-lg border border-line bg-card px-3 py-2"
              >
                <option value="">{t("view.everyCountry")}</option>
                {all.countries.map((country) => (
                  <option key={country} value={country}>
                    {country}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="rounded-lg border border-line px-4 py-2 font-semibold">
              {t("view.show")}
            </button>
          </form>
        ) : null}
        {hosting.churches.length === 0 ? (
          <p className="mt-4 text-muted">{t("view.noHosts")}</p>
        ) : (
          <ul className="mt-4 divide-y divide-line rounded-xl border border-line bg-card">
            {hosting.churches.map((church) => (
              <li key={church.eventId} className="px-4 py-3">
                <p className="font-semibold">{church.name}</p>
                <p className="text-sm text-muted">
                  {church.city}, {church.country} ·{" "}
                  <time dateTime={church.date}>
                    {formatDate(new Date(`${church.date}T12:00:00Z`), locale)}
                  </time>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
