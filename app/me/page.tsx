// A person's own page: what they prayed for this week, their whole history (paged), what they follow.
// Only ever shown to that person: nobody else can see who prayed for what.
import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/badges";
import { Pagination } from "@/components/pagination";
import { requirePermission } from "@/lib/auth/guard";
import { EmailSettings } from "@/components/me/email-settings";
import { getMyChurches } from "@/lib/data/churches";
import { getEmailSettings } from "@/lib/data/notifications";
import { getMyPrayers, listFollowed, type MyPrayer } from "@/lib/data/prayers";
import { formatDate } from "@/lib/time";
import { pageParam } from "@/lib/validation/requests";

export const metadata: Metadata = { title: "My prayers", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function dayLabel(day: string) {
  return formatDate(new Date(`${day}T12:00:00Z`));
}

function PrayerList({ prayers }: { prayers: MyPrayer[] }) {
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
            {prayer.regionName} · <time dateTime={prayer.day}>{dayLabel(prayer.day)}</time>
          </span>
        </li>
      ))}
    </ul>
  );
}

export default async function MePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission({ action: "me.read" }, "/me");
  const page = pageParam.parse((await searchParams).page);
  const [mine, followed, churches, email] = await Promise.all([
    getMyPrayers(actor, page),
    listFollowed(actor),
    getMyChurches(actor),
    getEmailSettings(actor),
  ]);
  if (!mine.ok || !followed.ok || !churches.ok || !email.ok)
    throw new Error("Your own page was refused");
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">My prayers</h1>
      <p className="mt-1 text-muted">
        Only you can see this page. Others see only how many have prayed, never who.
      </p>
      <p className="mt-2 text-sm">
        <Link href="/me/account" className="text-accent underline underline-offset-4">
          Account settings
        </Link>
        : your name, e-mail address, password, your data.
      </p>

      <section aria-labelledby="week-heading" className="mt-8">
        <h2 id="week-heading" className="text-xl font-semibold">
          This week
        </h2>
        {mine.thisWeek.length === 0 ? (
          <p className="mt-2 text-muted">
            Nothing yet this week.{" "}
            <Link href="/pray" className="text-accent underline underline-offset-4">
              Pray through this week’s requests
            </Link>
            .
          </p>
        ) : (
          <>
            <p className="mt-1 text-sm text-muted">
              {mine.thisWeek.length === 1
                ? "You prayed once this week."
                : `You prayed ${mine.thisWeek.length} times this week.`}
            </p>
            <PrayerList prayers={mine.thisWeek} />
          </>
        )}
      </section>

      <section aria-labelledby="church-heading" className="mt-10">
        <h2 id="church-heading" className="text-xl font-semibold">
          My church
        </h2>
        {churches.churches.length === 0 ? (
          <p className="mt-2 text-muted">
            You are not in a church on Intercede yet. Open the invite link your church leader shares
            {actor.role === "leader" || actor.role === "admin" ? (
              <>
                , or{" "}
                <Link href="/churches/new" className="text-accent underline underline-offset-4">
                  sign your church up
                </Link>
              </>
            ) : null}
            .
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
                  {church.city}, {church.country} · {church.role}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="following-heading" className="mt-10">
        <h2 id="following-heading" className="text-xl font-semibold">
          Requests I follow
        </h2>
        {followed.items.length === 0 ? (
          <p className="mt-2 text-muted">
            You follow no request yet. Open one and choose “Follow” to keep it close.
          </p>
        ) : (
          <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-card">
            {followed.items.map((item) => (
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
                  <StatusBadge status={item.status} />
                  {item.regionName}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <EmailSettings settings={email.settings} />

      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="text-xl font-semibold">
          My history
        </h2>
        <p className="mt-1 text-sm text-muted">
          {mine.total === 1 ? "1 prayer in all" : `${mine.total} prayers in all`}
        </p>
        {mine.history.length > 0 ? <PrayerList prayers={mine.history} /> : null}
        <Pagination
          page={mine.page}
          pageCount={mine.pageCount}
          hrefFor={(p) => (p === 1 ? "/me" : `/me?page=${p}`)}
        />
      </section>
    </>
  );
}
