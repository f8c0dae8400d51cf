// The picture a shared request link shows (Open Graph): its title and region, in the link's language.
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getPublicRequest } from "@/lib/data/requests";
import { translateRequests } from "@/lib/data/translations";
import { OG_SIZE, ogCard, ogTarget } from "@/lib/og-card";
import { regionName } from "@/lib/region-name";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "Intercede";
export const revalidate = 300;

type Params = Promise<{ locale: string; id: string }>;

export default async function Image({ params }: { params: Params }) {
  const { locale, id } = await ogTarget(params);
  const found = id === null ? null : await getPublicRequest(id);
  if (!found) notFound();
  const [[shown], common, t] = await Promise.all([
    translateRequests([found], locale),
    getTranslations({ locale, namespace: "common" }),
    getTranslations({ locale, namespace: "requests" }),
  ]);
  const region = regionName(common, { slug: found.regionSlug, name: found.regionName });
  return ogCard({
    eyebrow: `${t(`kinds.${found.kind}`)} · ${region}`,
    title: shown!.title,
    footer: "Intercede",
  });
}
