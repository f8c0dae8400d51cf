// The signed-in person's own churches and their Freedom Sunday events, for the public (cached)
// Freedom Sunday page to link them to their own plan. Theirs only; visitors get 401.
import { actorFromRequest } from "@/lib/auth/request-actor";
import { getMyFreedomSundays } from "@/lib/data/churches";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const result = await getMyFreedomSundays(await actorFromRequest(request));
  const headers = { "Cache-Control": "private, no-store" };
  if (!result.ok)
    return Response.json({ ok: false, error: result.error }, { status: result.status, headers });
  return Response.json({ ok: true, churches: result.churches }, { headers });
}
