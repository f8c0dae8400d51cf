// The archive of published bulletins, newest first: rendered once and cached. Later pages
// (/bulletins?page=N) are answered by app/bulletins/page/[page] (next.config.ts).
import type { Metadata } from "next";
import { BulletinArchive } from "@/components/views/bulletin-archive";

export const revalidate = 300;

export const metadata: Metadata = {
  title: "Bulletin archive",
  description: "Every weekly prayer bulletin, newest first.",
  openGraph: { title: "Bulletin archive · Intercede", url: "/bulletins" },
};

export default function BulletinsPage() {
  return <BulletinArchive page={1} />;
}
