// A person's own page: what they prayed for this week, the earlier weeks (paged), what they follow.
// Only ever shown to that person: nobody else can see who prayed for what.
import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { regionName } from "@/lib/region-name";
import { Link } from "@/i18n/navigation";
import { StatusBadge } from "@/components/badges";
import { Pagination } from "@/components/pagination";
import { requirePermission } from "@/lib/auth/guard";
import { ClientMessages } from "@/components/client-messages";
import { EmailSettings } from "@/components/me/email-settings";
import { ReminderSettings } from "@/components/me/reminder-settings";
import { getMyChurches } from "@/lib/data/churches";
import { getEmailSettings } from "@/lib/data/notifications";
import { getReminder } from "@/lib/data/reminders";
import { vapidPublicKey } from "@/lib/push";
import { getMyList, getMyPrayers, listFollowed, type MyPrayer } from "@/lib/data/prayers";
import { formatDate, zoneLabel } from "@/lib/time";
import { pageParam } from "@/lib/validation/requests";
import { pageLocale } from "@/i18n/page";
import type { Locale } from "@/i18n/locales";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "me" });
  return { title: t("page.title"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function dayLabel(day: string, locale: Locale) {
  return formatDate(new Date(`${day}T12:00:00Z`), locale);
}

function PrayerList({ prayers, locale }: { prayers: MyPrayer[]; locale: Locale }) {
  const common = useTranslations("common");
  return (
    <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-card">
      {prayers.map((prayer) => (
        <li
          key={`${prayer.requestId}-${prayer.day}`}
          className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3"
        >
          <Link
            href={`/requests/${prayer.requestId}`}
            className="font-semibold underline-offset-4 hover:underline"
          >
            {prayer.title}
          </Link>
          <span className="text-sm text-muted">
            {regionName(common, { slug: prayer.regionSlug, name: prayer.regionName })} ·{" "}
            <time dateTime={prayer.day}>{dayLabel(prayer.day, locale)}</time>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Requests as links with their region (and status, where it matters): my list, what I follow. */
function RequestLinks({
  items,
}: {
  items: {
    requestId: number;
    title: string;
    regionSlug: string;
    regionName: string;
    status: "open" | "answered" | "archived" | null;
  }[];
}) {
  const common = useTranslations("common");
  return (
    <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-card">
      {items.map((item) => (
        <li
          key={item.requestId}
          className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3"
        >
          <Link
            href={`/requests/${item.requestId}`}
            className="font-semibold underline-offset-4 hover:underline"
          >
            {item.title}
          </Link>
          <span className="flex items-center gap-2 text-sm text-muted">
            {item.status ? <StatusBadge status={item.status} /> : null}
            {regionName(common, { slug: item.regionSlug, name: item.regionName })}
          </span>
        </li>
      ))}
    </ul>
  );
}

export default async function MePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: SearchParams;
}) {
  const locale = await pageLocale(params);
  const t = await getTranslations("me");
  const common = await getTranslations("common");
  const actor = await requirePermission({ action: "me.read" }, "/me");
  const page = pageParam.parse((await searchParams).page);
  const [mine, followed, myList, churches, email, reminder] = await Promise.all([
    getMyPrayers(actor, page),
    listFollowed(actor),
    getMyList(actor),
    getMyChurches(actor),
    getEmailSettings(actor),
    getReminder(actor),
  ]);
  if (!mine.ok || !followed.ok || !myList.ok || !churches.ok || !email.ok || !reminder.ok)
    throw new Error("Your own page was refused");
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">{t("page.title")}</h1>
      <p className="mt-1 text-muted">{t("page.intro")}</p>
      <p className="mt-2 text-sm">
        {t.rich("page.settingsLink", {
          link: (chunks) => (
            <Link href="/me/account" className="text-accent underline underline-offset-4">
              {chunks}
            </Link>
          ),
        })}
      </p>

      <section aria-labelledby="week-heading" className="mt-8">
        <h2 id="week-heading" className="text-xl font-semibold">
          {t("page.thisWeek")}
        </h2>
        {mine.thisWeek.length === 0 ? (
          <p className="mt-2 text-muted">
            {t.rich("page.nothingYet", {
              link: (chunks) => (
                <Link href="/pray" className="text-accent underline underline-offset-4">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : (
          <>
            <p className="mt-1 text-sm text-muted">
              {t("page.prayedThisWeek", { count: mine.thisWeek.length })}
            </p>
            <PrayerList prayers={mine.thisWeek} locale={locale} />
          </>
        )}
      </section>

      <section aria-labelledby="my-list-heading" className="mt-10">
        <h2 id="my-list-heading" className="text-xl font-semibold">
          {t("page.myList")}
        </h2>
        {myList.items.length === 0 ? (
          <p className="mt-2 text-muted">{t("page.myListEmpty")}</p>
        ) : (
          <>
            <p className="mt-1 text-sm text-muted">
              {t("page.myListCount", { count: myList.items.length })}{" "}
              <Link
                href="/pray/mine"
                className="font-semibold text-accent underline underline-offset-4"
              >
                {t("page.prayMyList")}
              </Link>
            </p>
            <RequestLinks
              items={myList.items.map((item) => ({ ...item, requestId: item.id, status: null }))}
            />
          </>
        )}
      </section>

      <section aria-labelledby="church-heading" className="mt-10">
        <h2 id="church-heading" className="text-xl font-semibold">
          {t("page.myChurch")}
        </h2>
        {churches.churches.length === 0 ? (
          <p className="mt-2 text-muted">
            {actor.role === "leader" || actor.role === "admin"
              ? t.rich("page.noChurchLeader", {
                  link: (chunks) => (
                    <Link href="/churches/new" className="text-accent underline underline-offset-4">
                      {chunks}
                    </Link>
                  ),
                })
              : t("page.noChurch")}
          </p>
        ) : (
          <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-card">
            {churches.churches.map((church) => (
              <li key={church.id} className="flex flex-wrap justify-between gap-2 px-4 py-3">
                <Link
                  href={`/churches/${church.id}`}
                  className="font-semibold underline-offset-4 hover:underline"
                >
                  {church.name}
                </Link>
                <span className="text-sm text-muted">
                  {church.city}, {church.country} · {t(`page.churchRoles.${church.role}`)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="following-heading" className="mt-10">
        <h2 id="following-heading" className="text-xl font-semibold">
          {t("page.following")}
        </h2>
        {followed.items.length === 0 ? (
          <p className="mt-2 text-muted">{t("page.noFollows")}</p>
        ) : (
          <RequestLinks items={followed.items} />
        )}
      </section>

      <ClientMessages extra={["reminders"]}>
        <ReminderSettings
          reminder={reminder.reminder}
          vapidPublicKey={vapidPublicKey()}
          zone={zoneLabel(reminder.reminder.timeZone, new Date(), (values) =>
            t("account.zone", values),
          )}
        />
      </ClientMessages>

      <EmailSettings
        settings={{
          ...email.settings,
          available: email.settings.available.map((region) => ({
            ...region,
            name: regionName(common, region),
          })),
        }}
      />

      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="text-xl font-semibold">
          {t("page.history")}
        </h2>
        <p className="mt-1 text-sm text-muted">
          {t("page.historyCount", { total: mine.total, earlier: mine.earlier })}
        </p>
        {mine.history.length > 0 ? (
          <PrayerList prayers={mine.history} locale={locale} />
        ) : (
          <p className="mt-3 text-muted">{t("page.historyEmpty")}</p>
        )}
        <Pagination
          page={mine.page}
          pageCount={mine.pageCount}
          hrefFor={(p) => (p === 1 ? "/me" : `/me?page=${p}`)}
        />
      </section>
    </>
  );
}
