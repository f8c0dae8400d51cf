// The archive of published bulletins, newest first.
import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/pagination";
import { listPublicBulletins } from "@/lib/data/bulletins";
import { formatDate } from "@/lib/time";
import { pageParam } from "@/lib/validation/requests";

export const metadata: Metadata = {
  title: "Bulletin archive",
  description: "Every weekly prayer bulletin, newest first.",
  openGraph: { title: "Bulletin archive · Intercede", url: "/bulletins" },
};

export default async function BulletinsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const page = pageParam.parse((await searchParams).page);
  const result = await listPublicBulletins(page);
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">Bulletin archive</h1>
      <p className="text-muted mt-1">
        {result.total === 1 ? "1 bulletin" : `${result.total} bulletins`}
      </p>
      {result.items.length === 0 ? (
        <p className="text-muted mt-10 text-center">No bulletin has been published yet.</p>
      ) : (
        <ul className="divide-line border-line bg-card mt-6 divide-y rounded-xl border">
          {result.items.map((bulletin) => (
            <li key={bulletin.id}>
              <Link
                href={`/bulletins/${bulletin.id}`}
                className="hover:bg-paper block px-4 py-3 sm:px-5"
              >
                <span className="block font-semibold">{bulletin.title}</span>
                <span className="text-muted block text-sm">
                  <time dateTime={bulletin.publishAt.toISOString()}>
                    {formatDate(bulletin.publishAt)}
                  </time>
                  {bulletin.verseReference ? ` · ${bulletin.verseReference}` : ""} ·{" "}
                  {bulletin.itemCount === 1 ? "1 item" : `${bulletin.itemCount} items`}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(p) => (p === 1 ? "/bulletins" : `/bulletins?page=${p}`)}
      />
    </>
  );
}
