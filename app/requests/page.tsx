// All published requests. Rendered once and cached; with filters in the URL the address is answered
// by the cached page for those filters (app/requests/view/…), a search by app/requests/find
// (next.config.ts and proxy.ts map the query to those routes).
import type { Metadata } from "next";
import { RequestsView } from "@/components/views/requests-view";

export const revalidate = 300;

export const metadata: Metadata = {
  title: "Prayer requests",
  description: "Every prayer request and praise report, by region, with how many have prayed.",
  openGraph: { title: "Prayer requests · Intercede", url: "/requests" },
};

export default function RequestsPage() {
  return <RequestsView raw={{}} />;
}
