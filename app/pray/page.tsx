// Guided prayer through the latest bulletin: rendered once and cached. /pray?region=… is answered
// by app/pray/in/[region] (cached per known region), through next.config.ts.
import type { Metadata } from "next";
import { PrayView } from "@/components/views/pray-view";

export const revalidate = 300;

export const metadata: Metadata = {
  title: "Pray",
  description: "Pray through this week's requests one at a time, starting with the verse.",
  openGraph: { title: "Guided prayer · Intercede", url: "/pray" },
};

export default function PrayPage() {
  return <PrayView />;
}
