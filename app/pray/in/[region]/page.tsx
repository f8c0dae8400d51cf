// /pray?region=… (rewritten here by next.config.ts): guided prayer for one region, cached per region
// (an unknown region is shown with a message and not kept; components/views/pray-view.tsx).
import type { Metadata } from "next";
import { PrayView } from "@/components/views/pray-view";

export const revalidate = 300;

export function generateStaticParams(): never[] {
  return [];
}

type Params = Promise<{ region: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { region } = await params;
  return {
    title: "Pray",
    description: "Pray through this week's requests one at a time, starting with the verse.",
    alternates: { canonical: `/pray?region=${region}` },
  };
}

export default async function PrayForRegionPage({ params }: { params: Params }) {
  return <PrayView region={(await params).region} />;
}
