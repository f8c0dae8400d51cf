// A church: its members, its Freedom Sunday events, invite links (leaders), and how the church is
// praying (leaders: totals only, never who prayed for what).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, forbidden } from "next/navigation";
import { InviteManager, RegisterEventForm } from "@/components/churches/forms";
import { WeeklyPrayers } from "@/components/weekly-prayers";
import { requirePermission } from "@/lib/auth/guard";
import { getChurch, getChurchActivity } from "@/lib/data/churches";
import { requestOrigin } from "@/lib/request-origin";
import { nextSunday } from "@/lib/freedom-sunday";
import { formatDate } from "@/lib/time";
import { parseId } from "@/lib/validation/ids";

export const metadata: Metadata = { title: "Church", robots: { index: false } };

const statusLabels = { planning: "Planning", confirmed: "Confirmed", held: "Held" } as const;

export default async function ChurchPage({ params }: { params: Promise<{ id: string }> }) {
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
        {church.city}, {church.country}
        {myRole ? ` · you are ${myRole === "leader" ? "a leader" : "a member"} here` : ""}
      </p>

      <section aria-labelledby="events-heading" className="mt-8">
        <h2 id="events-heading" className="text-xl font-semibold">
          Freedom Sunday
        </h2>
        {events.length === 0 ? (
          <p className="mt-2 text-muted">No Freedom Sunday registered yet.</p>
        ) : (
          <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-card">
            {events.map((event) => (
              <li key={event.id} className="flex flex-wrap justify-between gap-2 px-4 py-3">
                <Link
                  href={`/freedom-sunday/${event.id}`}
                  className="font-semibold underline-offset-4 hover:underline"
                >
                  Freedom Sunday, {formatDate(new Date(`${event.date}T12:00:00Z`))}
                </Link>
                <span className="text-sm text-muted">
                  {statusLabels[event.status]}
                  {event.isPublic ? "" : " · not on the public list"}
                </span>
              </li>
            ))}
          </ul>
        )}
        {leads ? (
          <div className="mt-4">
            <h3 className="font-semibold">Register a Freedom Sunday</h3>
            <div className="mt-2">
              <RegisterEventForm churchId={id} nextSunday={nextSunday()} />
            </div>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="members-heading" className="mt-10">
        <h2 id="members-heading" className="text-xl font-semibold">
          Members ({members.length})
        </h2>
        <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-card">
          {members.map((member) => (
            <li key={member.userId} className="flex justify-between gap-2 px-4 py-2">
              <span>{member.name ?? "A member"}</span>
              <span className="text-sm text-muted">{member.role}</span>
            </li>
          ))}
        </ul>
      </section>

      {leads ? (
        <section aria-labelledby="invites-heading" className="mt-10">
          <h2 id="invites-heading" className="text-xl font-semibold">
            Invite members
          </h2>
          <div className="mt-3">
            <InviteManager
              churchId={id}
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
            How {church.name} is praying
          </h2>
          <p className="mt-1 text-sm text-muted">
            Prayers by this church&apos;s members. Totals only: never who prayed for what.
          </p>
          <div className="mt-3">
            <WeeklyPrayers
              id="church-activity"
              title={`Prayers by region, last ${activity.weeks.length} weeks`}
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
