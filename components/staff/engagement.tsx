// Engagement on the staff dashboard: prayers by region and week (a chart, and the same numbers in a
// table, which is the accessible version), the most and least prayed-for requests, and churches
// newly hosting Freedom Sunday. Only aggregates: nothing here says who prayed.
import Link from "next/link";
import type { Engagement as EngagementData, RankedRequest } from "@/lib/data/engagement";
import { formatDate } from "@/lib/time";
import { EngagementChart, type EngagementChartSeries } from "./engagement-chart";

// Region colours, at least 5:1 against the card in each theme (3:1 is the bar for graphics), with
// a line of the card's colour between stacked segments. Spelled out in full for Tailwind to find.
const PALETTE_CLASSES = [
  "[--chart-1:#0b5d75] [--chart-2:#b34a00] [--chart-3:#6a3d9a] [--chart-4:#1f6b3a]",
  "[--chart-5:#a3245a] [--chart-6:#1f4fa8] [--chart-7:#7a5c00] [--chart-8:#4d4d4d]",
  "dark:[--chart-1:#7fd0e6] dark:[--chart-2:#ffa45c] dark:[--chart-3:#c9a7f5]",
  "dark:[--chart-4:#8fe0a8] dark:[--chart-5:#f28fb6] dark:[--chart-6:#9db8ff]",
  "dark:[--chart-7:#f3d36b] dark:[--chart-8:#cfcac2]",
].join(" ");
const PALETTE_SIZE = 8;

const shortWeek = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});

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
  const colored: EngagementChartSeries[] = regions.map((region, i) => ({
    ...region,
    color: `var(--chart-${(i % PALETTE_SIZE) + 1})`,
  }));
  const rows = series.map((s) => ({
    label: shortWeek.format(dayAsDate(s.week)),
    values: s.byRegion,
  }));
  const total = series.reduce((sum, s) => sum + s.total, 0);
  const first = weeks[0];
  const hosting = newHostingChurches;

  return (
    <section aria-labelledby="engagement" className={`mt-8 ${PALETTE_CLASSES}`}>
      <h2 id="engagement" className="text-xl font-semibold">
        Engagement
      </h2>
      <p className="mt-1 text-muted">Totals only: these numbers never say who prayed.</p>

      <div className="mt-3 rounded-xl border border-line bg-card p-4">
        <h3 className="font-semibold">Prayers by region, last {weeks.length} weeks</h3>
        <p className="text-sm text-muted">
          {plural(total, "prayer", "prayers")}
          {first ? ` since ${formatDate(dayAsDate(first))}` : ""}.
        </p>
        <div aria-hidden="true" className="mt-3">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {colored.map((region) => (
              <li key={region.slug} className="flex items-center gap-1.5">
                <span
                  className="inline-block size-3 rounded-sm"
                  style={{ backgroundColor: region.color }}
                />
                {region.name}
              </li>
            ))}
          </ul>
          <div className="mt-2">
            <EngagementChart rows={rows} series={colored} />
          </div>
        </div>
        {/* Focusable so that keyboard users can scroll the table when it is wider than a phone. */}
        <div
          className="mt-4 overflow-x-auto"
          role="region"
          aria-labelledby="engagement-table"
          tabIndex={0}
        >
          <table className="w-full text-sm tabular-nums">
            <caption id="engagement-table" className="mb-1 text-left text-muted">
              Prayers each week by region (weeks start on Monday)
            </caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pr-3 text-left font-semibold">
                  Week of
                </th>
                {regions.map((region) => (
                  <th key={region.slug} scope="col" className="px-2 py-1 text-right font-semibold">
                    {region.name}
                  </th>
                ))}
                <th scope="col" className="py-1 pl-2 text-right font-semibold">
                  Total
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {series.map((s) => (
                <tr key={s.week}>
                  <th scope="row" className="py-1 pr-3 text-left font-normal whitespace-nowrap">
                    <time dateTime={s.week}>{formatDate(dayAsDate(s.week))}</time>
                  </th>
                  {regions.map((region) => (
                    <td key={region.slug} className="px-2 py-1 text-right">
                      {s.byRegion[region.slug] ?? 0}
                    </td>
                  ))}
                  <td className="py-1 pl-2 text-right font-semibold">{s.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
