// Route answers in the reader's language (lib/http.ts): the page's language comes with the
// x-intercede-locale header (lib/api-client.ts sends it), else the NEXT_LOCALE cookie, else English.
// zod's messages, the data layer's refusals and a success's message all follow it.
import { describe, expect, it, vi } from "vitest";
import { TEST_AUTH_SECRET } from "@/lib/testing/route-client";

process.env.AUTH_SECRET ??= TEST_AUTH_SECRET;

// Outside a running Next.js server: cache invalidation is a no-op and after() runs at once.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  after: (task: () => unknown) => void Promise.resolve().then(task),
}));

type Handler = (request: Request, route: { params: Promise<Record<string, string>> }) => unknown;

async function call(
  handler: Handler,
  path: string,
  method: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const request = new Request(`http://localhost:3000${path}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const response = (await handler(request, { params: Promise.resolve({}) })) as Response;
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function timeZonePut(): Promise<Handler> {
  return (await import("@/app/api/me/time-zone/route")).PUT as unknown as Handler;
}

describe("route answers in the reader's language", () => {
  it("a time zone that is not one: the page's language, else the cookie's, else English", async () => {
    const put = await timeZonePut();
    const bad = { timeZone: "Moon/Tranquility" };
    const es = await call(put, "/api/me/time-zone", "PUT", bad, { "x-intercede-locale": "es" });
    expect(es.status).toBe(422);
    expect(es.json).toMatchObject({
      error: "Elija una zona horaria de la lista",
      fieldErrors: { timeZone: "Elija una zona horaria de la lista" },
    });
    const fr = await call(put, "/api/me/time-zone", "PUT", bad, { cookie: "NEXT_LOCALE=fr" });
    expect(fr.json.error).toBe("Choisissez un fuseau horaire dans la liste");
    const english = await call(put, "/api/me/time-zone", "PUT", bad);
    expect(english.json.error).toBe("Choose a time zone from the list");
    const unknown = await call(put, "/api/me/time-zone", "PUT", bad, {
      "x-intercede-locale": "de",
    });
    expect(unknown.json.error).toBe("Choose a time zone from the list");
  });

  it("a data-layer refusal, and the request's own checks", async () => {
    const put = await timeZonePut();
    const signedOut = await call(
      put,
      "/api/me/time-zone",
      "PUT",
      { timeZone: "Europe/Lisbon" },
      { "x-intercede-locale": "pt" },
    );
    expect(signedOut).toEqual({
      status: 401,
      json: { ok: false, error: "Entre na sua conta primeiro." },
    });
    const crossSite = await call(
      put,
      "/api/me/time-zone",
      "PUT",
      { timeZone: "UTC" },
      { "x-intercede-locale": "fr", origin: "https://elsewhere.example" },
    );
    expect(crossSite.json.error).toBe(
      "Les requêtes provenant d’autres sites ne sont pas acceptées.",
    );
  });

  it("every field of a form", async () => {
    const post = (await import("@/app/api/account/sign-up/route")).POST as unknown as Handler;
    const { status, json } = await call(
      post,
      "/api/account/sign-up",
      "POST",
      { name: "", email: "not an address", password: "short", timeZone: 7 },
      { "x-intercede-locale": "pt" },
    );
    expect(status).toBe(422);
    expect(json.fieldErrors).toEqual({
      name: "Informe seu nome",
      email: "Informe um endereço de e-mail válido, como nome@exemplo.org",
      password: "Use pelo menos 10 caracteres",
      timeZone: "Escolha um fuso horário",
    });
    expect(json.error).toBe("Informe seu nome");
  });

  it("zod's own words, a success's message, and the language the handler is told", async () => {
    const { z } = await import("zod");
    const { jsonRoute } = await import("@/lib/http");
    let told: string | null = null;
    const post = jsonRoute({
      schema: z.object({ note: z.string().max(5).optional() }),
      publicText: false,
      run: async (_input, { locale }) => {
        told = locale;
        return { ok: true, message: "Password changed. You are signed out everywhere else." };
      },
    }) as unknown as Handler;
    const { status, json } = await call(
      post,
      "/api/test",
      "POST",
      {},
      {
        "x-intercede-locale": "es",
      },
    );
    expect(status).toBe(200);
    expect(json).toEqual({
      ok: true,
      message: "Contraseña cambiada. Se cerró su sesión en todos los demás lugares.",
    });
    expect(told).toBe("es");
    // A rule without a message of its own: zod's words, in French.
    const long = await call(
      post,
      "/api/test",
      "POST",
      { note: "far too long" },
      {
        "x-intercede-locale": "fr",
      },
    );
    expect(long.status).toBe(422);
    expect((long.json.fieldErrors as Record<string, string>).note).toMatch(/^Trop grand/);
  });
});
