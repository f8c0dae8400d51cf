// The plan for one church's Freedom Sunday: details, checklist, featured requests, the team, and the
// report after the service. Members of the church see it; leaders change it.
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { forbidden, notFound } from "next/navigation";
import {
  Checklist,
  InviteManager,
  EventDetailsForm,
  FeaturedPicker,
  ReportForm,
} from "@/components/churches/forms";
import { requirePermission } from "@/lib/auth/guard";
import { getEventPlan, listFeaturableRequests } from "@/lib/data/church-events";
import { requestOrigin } from "@/lib/request-origin";
import { calendarDay, formatDate, zoneLabel } from "@/lib/time";
import { parseId } from "@/lib/validation/ids";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page";

type Params = Promise<{ locale: string; eventId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "freedomSunday" });
  return { title: t("plan.metaTitle"), robots: { index: false } };
}

export default async function EventPlanPage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const t = await getTranslations("freedomSunday");
  const raw = (await params).eventId;
  const actor = await requirePermission({ action: "me.read" }, `/freedom-sunday/${raw}`);
  const id = parseId(raw);
  if (id === null) notFound();
  const found = await getEventPlan(actor, id);
  if (!found.ok) return found.status === 404 ? notFound() : forbidden();
  const { event, myRole, tasks, featured, team } = found;
  const canManage = myRole === "leader" || actor.role === "admin";
  const options = canManage ? await listFeaturableRequests() : [];
  const dateText = formatDate(new Date(`${event.date}T12:00:00Z`), locale);
  // "Today" is the church's: its dates, checklist and status follow its time zone.
  const today = calendarDay(new Date(), event.timeZone);
  const serviceDone = event.date <= today;
  const done = tasks.filter((task) => task.done).length;
  return (
    <>
      <p className="text-sm">
        <Link
          href={`/churches/${event.churchId}`}
          className="text-accent underline-offset-4 hover:underline"
        >
          {event.churchName}
        </Link>
      </p>
      <h1 className="mt-1 font-serif text-3xl font-semibold">
        {t("plan.heading", { date: dateText })}
      </h1>
      <p className="mt-1 text-muted">
        {event.churchName}, {event.city}, {event.country} · {t(`status.${event.status}`)}
        {event.serviceTimes
          ? ` · ${t("plan.servicesAt", {
              times: event.serviceTimes,
              zone: zoneLabel(event.timeZone, new Date(`${event.date}T12:00:00Z`), (values) =>
                t("zone", values),
              ),
            })}`
          : ""}
        {event.expectedAttendance !== null
          ? ` · ${t("plan.expected", { count: String(event.expectedAttendance) })}`
          : ""}
      </p>
      <p className="mt-3 flex flex-wrap gap-4">
        <Link
          href={`/freedom-sunday/${id}/guide`}
          className="text-accent underline underline-offset-4"
        >
          {t("plan.guideLink")}
        </Link>
        <a href={`/freedom-sunday/${id}.ics`} className="text-accent underline underline-offset-4">
          {t("plan.calendarLink")}
        </a>
      </p>
      {event.notes ? <p className="mt-3 whitespace-pre-line">{event.notes}</p> : null}
      {event.status === "held" && event.reportAttendance !== null ? (
        <p role="status" className="mt-4 rounded-lg border border-answered px-4 py-3 text-answered">
          {t("plan.held", { count: String(event.reportAttendance) })}
          {event.reportCommitments ? ` ${event.reportCommitments}` : ""}
        </p>
      ) : null}

      <section aria-labelledby="checklist-heading" className="mt-8">
        <h2 id="checklist-heading" className="text-xl font-semibold">
          {t("plan.checklistHeading", { done: String(done), total: String(tasks.length) })}
        </h2>
        <div className="mt-3">
          <Checklist
            eventId={id}
            tasks={tasks}
            team={team}
            canManage={canManage}
            myId={actor.id}
            today={today}
          />
        </div>
      </section>

      <section aria-labelledby="featured-heading" className="mt-10">
        <h2 id="featured-heading" className="text-xl font-semibold">
          {t("plan.featuredHeading")}
        </h2>
        {featured.length === 0 ? (
          <p className="mt-2 text-muted">{t("plan.noFeatured")}</p>
        ) : (
          <ol className="mt-3 list-decimal space-y-1 pl-5">
            {featured.map((request) => (
              <li key={request.requestId}>
                <Link
                  href={`/requests/${request.requestId}`}
                  className="text-accent underline-offset-4 hover:underline"
                >
                  {request.title}
                </Link>{" "}
                <span className="text-sm text-muted">({request.regionName})</span>
              </li>
            ))}
          </ol>
        )}
        {canManage ? (
          <div className="mt-4">
            <FeaturedPicker
              eventId={id}
              options={options}
              chosen={featured.map((f) => f.requestId)}
            />
          </div>
        ) : null}
      </section>

      {canManage ? (
        <section aria-labelledby="invite-heading" className="mt-10">
          <h2 id="invite-heading" className="text-xl font-semibold">
            {t("plan.inviteHeading")}
          </h2>
          <div className="mt-3">
            {/* The links made so far are listed, and revoked, on the church's page. */}
            <InviteManager
              churchId={event.churchId}
              churchName={event.churchName}
              origin={await requestOrigin()}
              invites={[]}
            />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="team-heading" className="mt-10">
        <h2 id="team-heading" className="text-xl font-semibold">
          {t("plan.teamHeading")}
        </h2>
        <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-card">
          {team.map((member) => (
            <li key={member.userId} className="flex justify-between gap-2 px-4 py-2">
              <span>{member.name ?? t("plan.aMember")}</span>
              <span className="text-sm text-muted">
                {t("plan.memberTasks", {
                  role: t(`roles.${member.role}`),
                  count: tasks.filter((task) => task.assigneeId === member.userId).length,
                })}
              </span>
            </li>
          ))}
        </ul>
      </section>

      {canManage ? (
        <section aria-labelledby="details-heading" className="mt-10">
          <h2 id="details-heading" className="text-xl font-semibold">
            {t("plan.detailsHeading")}
          </h2>
          <div className="mt-3">
            <EventDetailsForm eventId={id} event={event} />
          </div>
        </section>
      ) : null}

      {canManage && serviceDone && event.reportAttendance === null ? (
        <section aria-labelledby="report-heading" className="mt-10">
          <h2 id="report-heading" className="text-xl font-semibold">
            {t("plan.reportHeading")}
          </h2>
          <div className="mt-3">
            <ReportForm eventId={id} />
          </div>
        </section>
      ) : null}
    </>
  );
}
