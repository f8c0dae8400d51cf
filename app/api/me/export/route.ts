// "Download my data": everything Intercede keeps about the signed-in person, as a JSON file.
import { actorFromRequest } from "@/lib/auth/request-actor";
import { exportMyData } from "@/lib/data/account";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const result = await exportMyData(await actorFromRequest(request));
  if (!result.ok)
    return Response.json(
      { ok: false, error: result.error },
      { status: result.status, headers: { "Cache-Control": "no-store" } },
    );
  return new Response(JSON.stringify(result.data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="intercede-my-data.json"',
      "Cache-Control": "private, no-store",
    },
  });
}
