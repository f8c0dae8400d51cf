// /pray?region=… with a region that cannot be one (rewritten here by next.config.ts): says so and
// shows every region; rendered for each visitor, never cached.
import type { Metadata } from "next";
import { PrayView } from "@/components/views/pray-view";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Pray", robots: { index: false } };

export default async function PrayCheckPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <PrayView region={(await searchParams).region} />;
}
