// One-click unsubscribe (RFC 8058). Mail clients POST `List-Unsubscribe=One-Click` (form-encoded) to
// the List-Unsubscribe address; the signed token in the query is the authority, so no sign-in,
// cookie or same-origin check applies. The /unsubscribe page's form posts here too (source=page)
// and is sent back to the page to show the result. A GET never unsubscribes: link scanners prefetch.
import { unsubscribe } from "@/lib/data/notifications";
import { payloadTooLarge, readBoundedBody } from "@/lib/request-body";
import { isLocale } from "@/i18n/locales";

const MAX_BODY_BYTES = 8 * 1024;
const noStore = { "Cache-Control": "no-store" };

function tokenOf(request: Request): string | null {
  return new URL(request.url).searchParams.get("token");
}

function pagePath(token: string | null, done = false, lang: string | null = null): string {
  const query = new URLSearchParams();
  if (token !== null) query.set("token", token.slice(0, 500));
  if (done) query.set("done", "1");
  // Back to the page in the language the form was shown in (English unprefixed).
  const prefix = isLocale(lang) && lang !== "en" ? `/${lang}` : "";
  return `${prefix}/unsubscribe?${query.toString()}`;
}

/** The form, read only up to 8 KB (null: larger than that). */
async function formOf(request: Request): Promise<URLSearchParams | null> {
  const read = await readBoundedBody(request, MAX_BODY_BYTES);
  if (!read.ok) return null;
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/x-www-form-urlencoded")) return new URLSearchParams();
  return new URLSearchParams(read.bytes.toString("utf8"));
}

export async function POST(request: Request): Promise<Response> {
  const token = tokenOf(request);
  const form = await formOf(request);
  if (!form) return payloadTooLarge();
  const result = await unsubscribe(token);
  if (form.get("source") === "page")
    return new Response(null, {
      status: 303,
      headers: {
        Location: pagePath(token, result.ok, new URL(request.url).searchParams.get("lang")),
        ...noStore,
      },
    });
  if (!result.ok)
    return Response.json({ ok: false, error: result.error }, { status: 400, headers: noStore });
  return Response.json(
    {
      ok: true,
      list: result.unsubscribe.list,
      message: `${result.unsubscribe.email} will no longer get ${result.unsubscribe.description}.`,
    },
    { headers: noStore },
  );
}

/** Opening the one-click address in a browser shows the page with its button; nothing changes. */
export function GET(request: Request): Response {
  return new Response(null, {
    status: 303,
    headers: {
      Location: pagePath(tokenOf(request), false, new URL(request.url).searchParams.get("lang")),
      ...noStore,
    },
  });
}
