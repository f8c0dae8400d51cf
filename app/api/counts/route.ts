// Live prayer counts for many requests at once: aggregates only, never who prayed.
import type { NextRequest } from "next/server";
import { getPrayerCounts } from "@/lib/data/requests";
import { countIdsSchema } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

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
  const counts = await getPrayerCounts(parsed.data);
  return Response.json({ counts }, { headers: { "Cache-Control": "no-store" } });
}
