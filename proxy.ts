// A search on /requests (?q=…) goes to the cached search page for exactly that search and its filters
// (lib/search-key.ts). Only requests with a `q` come here (see `config`); every other public address
// is mapped by next.config.ts's rewrites, which cannot build one path segment out of a free text.
import { NextResponse, type NextRequest } from "next/server";
import { searchKey } from "@/lib/search-key";

export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  const key = searchKey(url.searchParams);
  url.pathname = `/requests/find/${key}`;
  url.search = "";
  return NextResponse.rewrite(url);
}

export const config = {
  matcher: [{ source: "/requests", has: [{ type: "query", key: "q" }] }],
};
