// /requests?q=… (and any filter that is not valid), rewritten here by next.config.ts: rendered for
// each visitor, never cached (a search can be anything).
import type { Metadata } from "next";
import { RequestsView } from "@/components/views/requests-view";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Search the prayer requests",
  robots: { index: false },
};

export default async function RequestSearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <RequestsView raw={await searchParams} />;
}
