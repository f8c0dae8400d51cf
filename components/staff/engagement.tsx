// Engagement on the staff dashboard: prayers by region and week (a chart, and the same numbers in a
// table, which is the accessible version), the most and least prayed-for requests, and churches
// newly hosting Freedom Sunday. Only aggregates: nothing here says who prayed.
import Link from "next/link";
import type { Engagement as EngagementData, RankedRequest } from "@/lib/data/engagement";
import { formatDate } from "@/lib/time";
import { WeeklyPrayers } from "../weekly-prayers";

function dayAsDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function prayedText(request: RankedRequest): string {
  return `Prayed ${plural(request.prayerCount, "time", "times")} by ${plural(request.prayerPeople, "person", "people")}`;
}

function RankedList({
  id,
  title,
  note,
  requests,
}: {
  id: string;
  title: string;
  note: string;
  requests: RankedRequest[];
}) {
  return (
    <div className="rounded-xl border border-line bg-card p-4">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      <p className="text-sm text-muted">{note}</p>
      {requests.length === 0 ? (
        <p className="mt-2 text-sm text-muted">No open requests yet.</p>
      ) : (
        <ol aria-labelledby={id} className="mt-2 divide-y divide-line">
          {requests.map((request) => (
            <li key={request.id} className="py-2">
              <Link href={`/requests/${request.id}`} className="font-semibold hover:underline">
                {request.title}
              </Link>
              <p className="text-sm text-muted">
                {request.regionName} · {prayedText(request)}
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

  return (
    <section aria-labelledby="engagement" className="mt-8">
      <h2 id="engagement" className="text-xl font-semibold">
        Engagement
      </h2>
      <p className="mt-1 text-muted">Totals only: these numbers never say who prayed.</p>

      <div className="mt-3">
        <WeeklyPrayers
          id="engagement"
          weeks={weeks}
          regions={regions}
          series={series}
          title={`Prayers by region, last ${weeks.length} weeks`}
        />
      </div>

      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <RankedList
          id="engagement-most"
          title="Most prayed for"
          note="Open requests, all time."
          requests={mostPrayed}
        />
        <RankedList
          id="engagement-least"
          title="Least prayed for"
          note="Open requests, all time."
          requests={leastPrayed}
        />
      </div>

      <div className="mt-4 rounded-xl border border-line bg-card p-4">
        <h3 className="font-semibold">New Freedom Sunday hosts</h3>
        <p className="text-sm text-muted">
          {hosting.count === 0
            ? `No church has planned a Freedom Sunday service in the last ${weeks.length} weeks.`
            : `${plural(hosting.count, "church", "churches")} planned a Freedom Sunday service in the last ${weeks.length} weeks.`}
        </p>
        {hosting.latest.length > 0 ? (
          <ul className="mt-2 divide-y divide-line">
            {hosting.latest.map((church) => (
              <li key={church.churchId} className="py-2">
                <p className="font-semibold">{church.name}</p>
                <p className="text-sm text-muted">
                  {church.city}, {church.country} · Freedom Sunday on{" "}
                  <time dateTime={church.eventDate}>{formatDate(dayAsDate(church.eventDate))}</time>
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
