// One archived bulletin as it was published: verse, items by region, notes.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BulletinBody } from "@/components/bulletin-body";
import { CountsProvider } from "@/components/prayer-counts";
import { getPublicBulletin } from "@/lib/data/bulletins";
import { formatDate } from "@/lib/time";
import { parseId } from "@/lib/validation/ids";
import { tagPage, tags } from "@/lib/cache";

export const revalidate = 300;

export function generateStaticParams(): { id: string }[] {
  return [];
}

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = parseId((await params).id);
  const found = id === null ? null : await getPublicBulletin(id);
  // A 404 is never cached; a bulletin's page is dropped when it, or a request on it, changes.
  if (found)
    await tagPage(tags.bulletin(found.id), ...found.items.map((item) => tags.request(item.id)));
  return found;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const bulletin = await load(params);
  if (!bulletin) return { title: "Bulletin not found" };
  const title = `${bulletin.title}, ${formatDate(bulletin.publishAt)}`;
  const description = `“${bulletin.verseText}” — ${bulletin.verseReference}`;
  return {
    title,
    description,
    openGraph: { title, description, url: `/bulletins/${bulletin.id}` },
  };
}

export default async function BulletinPage({ params }: Props) {
  const bulletin = await load(params);
  if (!bulletin) notFound();
  return (
    <CountsProvider ids={bulletin.items.map((i) => i.id)}>
      <BulletinBody bulletin={bulletin} />
    </CountsProvider>
  );
}
