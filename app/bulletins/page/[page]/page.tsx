// /bulletins?page=N (rewritten here by next.config.ts): one cached page of the archive per page.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BulletinArchive } from "@/components/views/bulletin-archive";

export const revalidate = 300;

export function generateStaticParams(): never[] {
  return [];
}

type Params = Promise<{ page: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { page } = await params;
  return {
    title: `Bulletin archive, page ${page}`,
    description: "Every weekly prayer bulletin, newest first.",
    alternates: { canonical: `/bulletins?page=${page}` },
  };
}

export default async function BulletinArchivePage({ params }: { params: Params }) {
  const page = Number((await params).page);
  if (!Number.isInteger(page) || page < 1 || page > 999) notFound();
  return <BulletinArchive page={page} />;
}
