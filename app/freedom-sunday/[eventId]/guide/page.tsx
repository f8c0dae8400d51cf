// A printable prayer guide for the service: church, date, verse, the featured requests by region,
// and prayers of the people composed from them. Print CSS fits A4 and Letter (app/globals.css).
import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { PrintButton } from "@/components/print-button";
import { requirePermission } from "@/lib/auth/guard";
import { getLatestBulletin } from "@/lib/data/bulletins";
import { getEventPlan } from "@/lib/data/churches";
import { markdownToText } from "@/lib/markdown";
import { formatDate } from "@/lib/time";
import { parseId } from "@/lib/validation/ids";

export const metadata: Metadata = { title: "Prayer guide", robots: { index: false } };

/** One short petition from a request: its title turned into "For …". */
function petition(title: string, kind: "request" | "praise"): string {
  const t = title.replace(/[.!]+$/, "");
  const lower = t.charAt(0).toLowerCase() + t.slice(1);
  return kind === "praise"
    ? `We thank you for ${lower}.`
    : `For ${lower}: Lord, in your mercy, hear our prayer.`;
}

export default async function GuidePage({ params }: { params: Promise<{ eventId: string }> }) {
  const raw = (await params).eventId;
  const actor = await requirePermission({ action: "me.read" }, `/freedom-sunday/${raw}/guide`);
  const id = parseId(raw);
  if (id === null) notFound();
  const [found, bulletin] = await Promise.all([getEventPlan(actor, id), getLatestBulletin()]);
  if (!found.ok) return found.status === 404 ? notFound() : forbidden();
  const { event, featured } = found;
  const kinds = new Map((bulletin?.items ?? []).map((i) => [i.id, i.kind]));
  const regions: { name: string; items: typeof featured }[] = [];
  for (const request of featured) {
    const group = regions.find((r) => r.name === request.regionName);
    if (group) group.items.push(request);
    else regions.push({ name: request.regionName, items: [request] });
  }
  return (
    <article className="prayer-guide mx-auto max-w-2xl">
      <div className="no-print mb-6 flex justify-end">
        <PrintButton />
      </div>
      <header className="border-b border-line pb-4 text-center">
        <p className="text-sm tracking-wide text-muted uppercase">Freedom Sunday prayer guide</p>
        <h1 className="mt-1 font-serif text-3xl font-semibold">{event.churchName}</h1>
        <p className="mt-1">
          {formatDate(new Date(`${event.date}T12:00:00Z`))}
          {event.serviceTimes ? ` · ${event.serviceTimes}` : ""} · {event.city}, {event.country}
        </p>
      </header>
      {bulletin?.verseText ? (
        <blockquote className="guide-verse mt-6 text-center font-serif text-xl leading-relaxed">
          <p>“{bulletin.verseText}”</p>
          <footer className="mt-1 text-sm text-muted">— {bulletin.verseReference}</footer>
        </blockquote>
      ) : null}
      {regions.length === 0 ? (
        <p className="mt-8 text-center text-muted">No requests have been featured yet.</p>
      ) : (
        regions.map((region) => (
          <section
            key={region.name}
            className="guide-region mt-8"
            aria-labelledby={`guide-${region.name}`}
          >
            <h2 id={`guide-${region.name}`} className="font-serif text-2xl font-semibold">
              {region.name}
            </h2>
            {region.items.map((request) => (
              <div key={request.requestId} className="guide-item mt-3">
                <h3 className="font-semibold">
                  {request.title}
                  {request.country ? (
                    <span className="font-normal text-muted"> · {request.country}</span>
                  ) : null}
                </h3>
                <p className="mt-1">{markdownToText(request.body)}</p>
              </div>
            ))}
          </section>
        ))
      )}
      {featured.length > 0 ? (
        <section className="guide-region mt-10" aria-labelledby="people-heading">
          <h2 id="people-heading" className="font-serif text-2xl font-semibold">
            Prayers of the people
          </h2>
          <p className="mt-2 italic">Leader: Let us pray for those who wait for justice.</p>
          <ol className="mt-2 space-y-2">
            {featured.map((request) => (
              <li key={request.requestId}>
                {petition(request.title, kinds.get(request.requestId) ?? "request")}
              </li>
            ))}
          </ol>
          <p className="mt-3 italic">
            All: God of justice, defend the afflicted and save the children of the needy. Amen.
          </p>
        </section>
      ) : null}
      <p className="mt-10 text-center text-sm text-muted">
        Names in these requests are changed or left out to protect the people they describe.
      </p>
    </article>
  );
}
