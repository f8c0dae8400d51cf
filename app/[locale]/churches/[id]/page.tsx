// A church: its members, its Freedom Sunday events, invite links (leaders), and how the church is
// praying (leaders: totals only, never who prayed for what).
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { notFound, forbidden } from "next/navigation";
import { InviteManager, RegisterEventForm } from "@/components/churches/forms";
import { ChurchTimeZoneForm } from "@/components/time-zone";
import { WeeklyPrayers } from "@/components/weekly-prayers";
import { requirePermission } from "@/lib/auth/guard";
import { getChurch, getChurchActivity } from "@/lib/data/churches";
import { requestOrigin } from "@/lib/request-origin";
import { nextSunday } from "@/lib/freedom-sunday";
import { formatDate, timeZoneNames, zoneLabel } from "@/lib/time";
import { parseId } from "@/lib/validation/ids";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "churches" });
  return { title: t("church.metaTitle"), robots: { index: false } };
}

export default async function ChurchPage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const t = await getTranslations("churches");
  const raw = (await params).id;
  const actor = await requirePermission({ action: "me.read" }, `/churches/${raw}`);
  const id = parseId(raw);
  if (id === null) notFound();
  const found = await getChurch(actor, id);
  if (!found.ok) return found.status === 404 ? notFound() : forbidden();
  const { church, myRole, members, events, invites } = found;
  const leads = myRole === "leader" || actor.role === "admin";
  const activity = leads ? await getChurchActivity(actor, id) : null;
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">{church.name}</h1>
      <p className="mt-1 text-muted">
        {church.city}, {church.country} ·{" "}
        {zoneLabel(church.timeZone, new Date(), (values) => t("zone", values))}
        {myRole ? ` · ${t("church.youAre", { role: myRole })}` : ""}
      </p>
      {leads ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-semibold">
            {t("church.changeZone")}
          </summary>
          <ChurchTimeZoneForm churchId={id} zone={church.timeZone} zones={timeZoneNames()} />
        </details>
      ) : null}

      <section aria-labelledby="events-heading" className="mt-8">
        <h2 id="events-heading" className="text-xl font-semibold">
          {t("church.eventsHeading")}
        </h2>
        {events.length === 0 ? (
          <p className="mt-2 text-muted">{t("church.noEvents")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-card">
            {events.map((event) => (
              <li key={event.id} className="flex flex-wrap justify-between gap-2 px-4 py-3">
                <Link
                  href={`/freedom-sunday/${event.id}`}
                  className="font-semibold underline-offset-4 hover:underline"
                >
                  {t("church.eventLink", {
                    date: formatDate(new Date(`${event.date}T12:00:00Z`), locale),
                  })}
                </Link>
                <span className="text-sm text-muted">
                  {t(`status.${event.status}`)}
                  {event.isPublic ? "" : ` · ${t("church.notPublic")}`}
                </span>
              </li>
            ))}
          </ul>
        )}
        {leads && events.length === 0 ? (
          <div className="mt-4">
            <h3 className="font-semibold">{t("church.registerHeading")}</h3>
            <div className="mt-2">
              <RegisterEventForm
                churchId={id}
                nextSunday={nextSunday(new Date(), church.timeZone)}
              />
            </div>
          </div>
        ) : null}
        {leads && events.length > 0 ? (
          // With a Freedom Sunday registered, another is the rarer wish: folded away.
          <details className="mt-4">
            <summary className="cursor-pointer font-semibold">
              {t("church.registerAnother")}
            </summary>
            <div className="mt-2">
              <RegisterEventForm
                churchId={id}
                nextSunday={nextSunday(new Date(), church.timeZone)}
              />
            </div>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="members-heading" className="mt-10">
        <h2 id="members-heading" className="text-xl font-semibold">
          {t("church.membersHeading", { count: String(members.length) })}
        </h2>
        <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-card">
          {members.map((member) => (
            <li key={member.userId} className="flex justify-between gap-2 px-4 py-2">
              <span>{member.name ?? t("aMember")}</span>
              <span className="text-sm text-muted">{t(`roles.${member.role}`)}</span>
            </li>
          ))}
        </ul>
      </section>

      {leads ? (
        <section aria-labelledby="invites-heading" className="mt-10">
          <h2 id="invites-heading" className="text-xl font-semibold">
            {t("church.invitesHeading")}
          </h2>
          <div className="mt-3">
            <InviteManager
              churchId={id}
              churchName={church.name}
              origin={await requestOrigin()}
              invites={invites.map((i) => ({
                id: i.id,
                state: i.revokedAt ? "revoked" : i.expiresAt < new Date() ? "expired" : "valid",
                expiresOn: i.expiresAt.toISOString().slice(0, 10),
              }))}
            />
          </div>
        </section>
      ) : null}

      {activity?.ok ? (
        <section aria-labelledby="activity-heading" className="mt-10">
          <h2 id="activity-heading" className="text-xl font-semibold">
            {t("church.activityHeading", { name: church.name })}
          </h2>
          <p className="mt-1 text-sm text-muted">{t("church.activityNote")}</p>
          <div className="mt-3">
            <WeeklyPrayers
              id="church-activity"
              title={t("church.activityTitle", { count: activity.weeks.length })}
              weeks={activity.weeks}
              regions={activity.regions}
              series={activity.series}
            />
          </div>
        </section>
      ) : null}
    </>
  );
}
