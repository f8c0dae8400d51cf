// Live prayer counts for many requests at once (aggregates only), plus, for a signed-in person,
// which of them they prayed for today and follow: their own state, never anyone else's.
import type { NextRequest } from "next/server";
import { actorFromRequest } from "@/lib/auth/request-actor";
import { getViewerState } from "@/lib/data/prayers";
import { getPrayerCounts } from "@/lib/data/requests";
import { countIdsSchema } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export async function GET(request: NextRequest) {
  const parsed = countIdsSchema.safeParse(request.nextUrl.searchParams.get("ids") ?? "");
  if (!parsed.success) {
    return Response.json(
      {
        error:
          parsed.error.issues[0]?.message ?? "ids must be a comma-separated list of request ids",
      },
      { status: 400 },
    );
  }
  // Visitors carry no session cookie: skip the session lookup for them.
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  const actor = signedIn ? await actorFromRequest(request) : null;
  const [counts, viewer] = await Promise.all([
    getPrayerCounts(parsed.data),
    getViewerState(actor, parsed.data),
  ]);
  return Response.json(
    { counts, signedIn: actor !== null, ...viewer },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
