// Liveness: the process is up and answering. Cheap on purpose — no database, no Redis — so an
// orchestrator restarts the instance only when it is stuck, not when a dependency is down (that is
// readiness: /api/ready).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(
    { status: "ok", uptimeSeconds: Math.round(process.uptime()) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
