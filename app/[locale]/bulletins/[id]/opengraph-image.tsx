// The picture a shared bulletin link shows (Open Graph): its title, date and verse, in the link's
// language.
import { notFound } from "next/navigation";
import { getPublicBulletin } from "@/lib/data/bulletins";
import { translateBulletin } from "@/lib/data/translations";
import { OG_SIZE, ogCard, ogTarget } from "@/lib/og-card";
import { formatDate } from "@/lib/time";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "Intercede";
export const revalidate = 300;

type Params = Promise<{ locale: string; id: string }>;

export default async function Image({ params }: { params: Params }) {
  const { locale, id } = await ogTarget(params);
  const found = id === null ? null : await getPublicBulletin(id);
  if (!found) notFound();
  const bulletin = await translateBulletin(found, locale);
  return ogCard({
    eyebrow: formatDate(bulletin.publishAt, locale),
    title: bulletin.title,
    quote: `“${bulletin.verseText}” — ${bulletin.verseReference}`,
    footer: "Intercede",
  });
}
