// Readiness: 200 when this instance can serve (database, Redis when configured, job queue), else
// 503 naming the part that failed, so a load balancer sends traffic elsewhere until it recovers.
import { checkReadiness } from "@/lib/readiness";

export const dynamic = "force-dynamic";

export async function GET() {
  const { ready, checks } = await checkReadiness();
  return Response.json(
    { status: ready ? "ready" : "unavailable", checks },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
