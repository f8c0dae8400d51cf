// Prometheus metrics (lib/metrics.ts) for whoever holds METRICS_TOKEN: 404 when no token is set
// (the endpoint does not exist), 401 without the right bearer token.
import { env } from "@/lib/env";
import { bearerTokenMatches, metricsRegistry } from "@/lib/metrics";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const token = env().METRICS_TOKEN;
  if (!token) return new Response("Not found", { status: 404 });
  if (!bearerTokenMatches(request.headers.get("authorization"), token))
    return new Response("Unauthorized", {
      status: 401,
      headers: { "WWW-Authenticate": 'Bearer realm="metrics"', "Cache-Control": "no-store" },
    });
  const registry = metricsRegistry();
  return new Response(await registry.metrics(), {
    headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" },
  });
}
