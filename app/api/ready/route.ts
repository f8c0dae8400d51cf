// Readiness: 200 when this instance can serve (database, Redis when configured, job queue), else
// 503 naming the part that failed, so a load balancer sends traffic elsewhere until it recovers.
import { requestLog } from "@/lib/log";
import { checkReadiness } from "@/lib/readiness";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { ready, checks } = await checkReadiness(requestLog(request));
  return Response.json(
    { status: ready ? "ready" : "unavailable", checks },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
