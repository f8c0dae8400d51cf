// The plan for one church's Freedom Sunday: details, checklist, featured requests, the team, and the
// report after the service. Members of the church see it; leaders change it.
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import {
  Checklist,
  EventDetailsForm,
  FeaturedPicker,
  ReportForm,
} from "@/components/churches/forms";
import { requirePermission } from "@/lib/auth/guard";
import { getEventPlan, listFeaturableRequests } from "@/lib/data/churches";
import { calendarDay, formatDate } from "@/lib/time";
import { parseId } from "@/lib/validation/ids";

export const metadata: Metadata = { title: "Freedom Sunday plan", robots: { index: false } };

const statusLabels = { planning: "Planning", confirmed: "Confirmed", held: "Held" } as const;

export default async function EventPlanPage({ params }: { params: Promise<{ eventId: string }> }) {
  const raw = (await params).eventId;
  const actor = await requirePermission({ action: "me.read" }, `/freedom-sunday/${raw}`);
  const id = parseId(raw);
  if (id === null) notFound();
  const found = await getEventPlan(actor, id);
  if (!found.ok) return found.status === 404 ? notFound() : forbidden();
  const { event, myRole, tasks, featured, team } = found;
  const canManage = myRole === "leader" || actor.role === "admin";
  const options = canManage ? await listFeaturableRequests() : [];
  const dateText = formatDate(new Date(`${event.date}T12:00:00Z`));
  const serviceDone = event.date <= calendarDay(new Date());
  const done = tasks.filter((t) => t.done).length;
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
      <h1 className="mt-1 font-serif text-3xl font-semibold">Freedom Sunday, {dateText}</h1>
      <p className="mt-1 text-muted">
        {event.churchName}, {event.city}, {event.country} · {statusLabels[event.status]}
        {event.serviceTimes ? ` · services at ${event.serviceTimes}` : ""}
        {event.expectedAttendance !== null ? ` · about ${event.expectedAttendance} expected` : ""}
      </p>
      <p className="mt-3 flex flex-wrap gap-4">
        <Link
          href={`/freedom-sunday/${id}/guide`}
          className="text-accent underline underline-offset-4"
        >
          Printable prayer guide
        </Link>
        <a href={`/freedom-sunday/${id}.ics`} className="text-accent underline underline-offset-4">
          Add to calendar (.ics)
        </a>
      </p>
      {event.notes ? <p className="mt-3 whitespace-pre-line">{event.notes}</p> : null}
      {event.status === "held" && event.reportAttendance !== null ? (
        <p role="status" className="mt-4 rounded-lg border border-answered px-4 py-3 text-answered">
          Held: {event.reportAttendance} came.
          {event.reportCommitments ? ` ${event.reportCommitments}` : ""}
        </p>
      ) : null}

      <section aria-labelledby="checklist-heading" className="mt-8">
        <h2 id="checklist-heading" className="text-xl font-semibold">
          Checklist ({done} of {tasks.length} done)
        </h2>
        <div className="mt-3">
          <Checklist eventId={id} tasks={tasks} team={team} canManage={canManage} myId={actor.id} />
        </div>
      </section>

      <section aria-labelledby="featured-heading" className="mt-10">
        <h2 id="featured-heading" className="text-xl font-semibold">
          Featured requests
        </h2>
        {featured.length === 0 ? (
          <p className="mt-2 text-muted">No requests chosen yet.</p>
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

      <section aria-labelledby="team-heading" className="mt-10">
        <h2 id="team-heading" className="text-xl font-semibold">
          The team
        </h2>
        <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-card">
          {team.map((member) => (
            <li key={member.userId} className="flex justify-between gap-2 px-4 py-2">
              <span>{member.name ?? "A member"}</span>
              <span className="text-sm text-muted">
                {member.role} · {tasks.filter((t) => t.assigneeId === member.userId).length} tasks
              </span>
            </li>
          ))}
        </ul>
      </section>

      {canManage ? (
        <section aria-labelledby="details-heading" className="mt-10">
          <h2 id="details-heading" className="text-xl font-semibold">
            Details
          </h2>
          <div className="mt-3">
            <EventDetailsForm eventId={id} event={event} />
          </div>
        </section>
      ) : null}

      {canManage && serviceDone && event.reportAttendance === null ? (
        <section aria-labelledby="report-heading" className="mt-10">
          <h2 id="report-heading" className="text-xl font-semibold">
            After the service: report back
          </h2>
          <div className="mt-3">
            <ReportForm eventId={id} />
          </div>
        </section>
      ) : null}
    </>
  );
}
