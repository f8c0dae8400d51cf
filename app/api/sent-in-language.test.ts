// What the app sends beyond its pages, in the right language, through the real route handlers:
// account e-mails in the account's saved language (users.locale), the feeds in the language their
// address names (?lang=, /fr/feed.xml), and the calendar file in the downloader's language.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { mailOutbox, users } from "@/db/schema";
import { TEST_AUTH_SECRET, callRoute, sessionCookie } from "@/lib/testing/route-client";

process.env.AUTH_SECRET ??= TEST_AUTH_SECRET;

// Outside a running Next.js server: no data cache (each feed is rendered), cache invalidation is a
// no-op, after() runs at once, and the calendar's visitor is signed out.
const cacheKeys: string[][] = [];
vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  unstable_cache: (render: () => unknown, key: string[]) => {
    cacheKeys.push(key);
    return render;
  },
}));
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  after: (task: () => unknown) => void Promise.resolve().then(task),
}));
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => null }));

const SITE = "http://localhost:3000";
const PASSWORD = "a long enough password 42";

type Handler = (request: Request, route: { params: Promise<Record<string, string>> }) => unknown;

async function db() {
  return (await import("@/lib/data/db")).getDb();
}

async function get(
  handler: Handler,
  path: string,
  params: Record<string, string> = {},
  headers: Record<string, string> = {},
): Promise<Response> {
  return (await handler(new Request(`${SITE}${path}`, { headers }), {
    params: Promise.resolve(params),
  })) as Response;
}

/** The mail recorded for `to` (the outbox is the delivery without SMTP), once it is there. */
async function mailTo(to: string): Promise<{ subject: string; text: string }[]> {
  let rows: { subject: string; text: string }[] = [];
  for (let i = 0; i < 50 && rows.length === 0; i += 1) {
    rows = await (
      await db()
    )
      .select({ subject: mailOutbox.subject, text: mailOutbox.text })
      .from(mailOutbox)
      .where(eq(mailOutbox.to, to));
    if (rows.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return rows;
}

/** A member with a password whose saved language is `locale`. */
async function member(locale: string) {
  const { createUser } = await import("@/lib/data/users");
  const email = `lang-${locale}-${crypto.randomUUID().slice(0, 8)}@test.example`;
  const created = await createUser({ name: "Ana", email, password: PASSWORD });
  if (!created.ok) throw new Error(created.error);
  await (await db()).update(users).set({ locale }).where(eq(users.id, created.userId));
  return { id: created.userId, role: "member" as const, email };
}

beforeAll(async () => {
  const { ensureSeeded } = await import("@/lib/testing/data-fixtures");
  await ensureSeeded();
}, 120_000);

describe("account e-mails in the account's language", () => {
  it("forgot password: the link and its words in Spanish for a Spanish account", async () => {
    const post = (await import("@/app/api/account/forgot-password/route")).POST as Handler;
    const ana = await member("es");
    const { status, json } = await callRoute(post, {
      method: "POST",
      path: "/api/account/forgot-password",
      body: { email: ana.email },
    });
    expect(status).toBe(200);
    // The answer follows the page (English here), not the account.
    expect(json.message).toBe(
      "If an account uses that address, we have e-mailed it a link to reset the password.",
    );
    const [mail] = await mailTo(ana.email);
    expect(mail!.subject).toBe("Restablezca su contraseña de Intercede");
    expect(mail!.text).toMatch(/^Hola, Ana:\n\nAlguien \(esperamos que usted\)/);
    expect(mail!.text).toMatch(new RegExp(`${SITE}/es/reset-password\\?token=\\S+`));
  });

  it("forgot password: English, as before, for an English account", async () => {
    const post = (await import("@/app/api/account/forgot-password/route")).POST as Handler;
    const bo = await member("en");
    await callRoute(post, {
      method: "POST",
      path: "/api/account/forgot-password",
      body: { email: bo.email },
    });
    const [mail] = await mailTo(bo.email);
    expect(mail!.subject).toBe("Reset your Intercede password");
    expect(mail!.text).toMatch(
      /^Hello Ana,\n\nSomeone \(we hope you\) asked to reset the password of your Intercede account\. Open this link within an hour to choose a new one:\n\nhttp:\/\/localhost:3000\/reset-password\?token=\S+\n\nIf it was not you, ignore this message: your password stays as it is\.$/,
    );
  });

  it("e-mail change: the link in the account's language, the answer in the page's, the notice to the old address in the account's", async () => {
    const change = (await import("@/app/api/me/email-change/route")).POST as Handler;
    const confirm = (await import("@/app/api/account/confirm-email/route")).POST as Handler;
    const cleo = await member("pt");
    const newEmail = `moved-${crypto.randomUUID().slice(0, 8)}@test.example`;
    const request = new Request(`${SITE}/api/me/email-change`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        cookie: await sessionCookie(cleo),
        "x-intercede-locale": "fr",
      },
      body: JSON.stringify({ email: newEmail, password: PASSWORD }),
    });
    const response = (await change(request, { params: Promise.resolve({}) })) as Response;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { message: string }).message).toBe(
      `Nous avons envoyé un lien à ${newEmail}. Votre adresse changera lorsque vous l’ouvrirez.`,
    );
    const [link] = await mailTo(newEmail);
    expect(link!.subject).toBe("Confirme seu novo endereço de e-mail no Intercede");
    const token = new RegExp(`${SITE}/pt/confirm-email\\?token=(\\S+)`).exec(link!.text)?.[1];
    expect(token).toBeTruthy();

    const { status } = await callRoute(confirm, {
      method: "POST",
      path: "/api/account/confirm-email",
      body: { token },
    });
    expect(status).toBe(200);
    const [notice] = await mailTo(cleo.email);
    expect(notice!.subject).toBe("O endereço de e-mail da sua conta do Intercede foi alterado");
    expect(notice!.text).toContain(
      `O endereço de e-mail da sua conta do Intercede agora é ${newEmail}.`,
    );
  });
});

describe("the feeds in the language of their address", () => {
  it("/feed.xml?lang=fr: the channel's words in French and links to the French pages", async () => {
    const { GET } = await import("@/app/feed.xml/route");
    const xml = await (await get(GET as Handler, "/feed.xml?lang=fr")).text();
    expect(xml).toContain("<title>Intercede : sujets de prière et nouvelles</title>");
    expect(xml).toContain("<language>fr</language>");
    expect(xml).toContain(`<link>${SITE}/fr</link>`);
    expect(xml).toMatch(new RegExp(`<link>${SITE}/fr/requests/\\d+`));
    expect(xml).not.toMatch(new RegExp(`<link>${SITE}/requests/`));
    expect(xml).not.toContain("Praise report");
    // Cached per language.
    expect(cacheKeys.at(-1)).toEqual(expect.arrayContaining(["feed.xml", "fr"]));
  });

  it("/es/feed.json (as the rewrite may hand it over) is the Spanish JSON Feed", async () => {
    const { GET } = await import("@/app/feed.json/route");
    const feed = (await (await get(GET as Handler, "/es/feed.json")).json()) as {
      title: string;
      feed_url: string;
      language: string;
      items: { url: string }[];
    };
    expect(feed).toMatchObject({
      title: "Intercede: peticiones de oración y novedades",
      feed_url: `${SITE}/es/feed.json`,
      language: "es",
    });
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) expect(item.url).toMatch(new RegExp(`^${SITE}/es/requests/`));
  });

  it("/feed.xml stays English, whatever the reader's cookie says", async () => {
    const { GET } = await import("@/app/feed.xml/route");
    const xml = await (
      await get(GET as Handler, "/feed.xml", {}, { cookie: "NEXT_LOCALE=pt" })
    ).text();
    expect(xml).toContain("<title>Intercede: prayer requests and updates</title>");
    expect(xml).toContain("<language>en</language>");
    expect(xml).toMatch(new RegExp(`<link>${SITE}/requests/\\d+`));
    expect(cacheKeys.at(-1)).toEqual(expect.arrayContaining(["feed.xml", "en"]));
  });

  it("a region's feed with ?lang=pt, and its 404 in Portuguese", async () => {
    const { GET } = await import("@/app/regions/[slug]/feed.xml/route");
    const response = await get(GET as Handler, "/regions/africa/feed.xml?lang=pt", {
      slug: "africa",
    });
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xml).toContain("Pedidos de oração, motivos de gratidão e novidades dos casos de Africa");
    expect(xml).toContain(`${SITE}/regions/africa/feed.xml?lang=pt`);
    expect(xml).toMatch(new RegExp(`<link>${SITE}/pt/requests/\\d+`));
    const missing = await get(GET as Handler, "/regions/atlantis/feed.xml?lang=pt", {
      slug: "atlantis",
    });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("Esta região não existe.");
  });
});

describe("the calendar file in the downloader's language", () => {
  let eventId: number;
  beforeAll(async () => {
    const { makeUser } = await import("@/lib/testing/data-fixtures");
    const { createChurch } = await import("@/lib/data/churches");
    const { registerEvent } = await import("@/lib/data/church-events");
    const leader = await makeUser("leader");
    const church = await createChurch(leader, {
      name: "Grace Chapel",
      city: "Recife",
      country: "Brazil",
    });
    if (!church.ok) throw new Error(church.error);
    const date = new Date(Date.now() + 14 * 86_400_000);
    date.setUTCDate(date.getUTCDate() + ((7 - date.getUTCDay()) % 7));
    const event = await registerEvent(leader, church.churchId, {
      date: date.toISOString().slice(0, 10),
      serviceTimes: "9:00",
      expectedAttendance: null,
      isPublic: true,
      notes: "",
    });
    if (!event.ok) throw new Error(event.error);
    eventId = event.eventId;
  });

  async function ics(query: string, headers: Record<string, string> = {}): Promise<string> {
    const { GET } = await import("@/app/freedom-sunday/[eventId]/ics/route");
    const response = await get(
      GET as Handler,
      `/freedom-sunday/${eventId}/ics${query}`,
      { eventId: String(eventId) },
      headers,
    );
    expect(response.status).toBe(200);
    return (await response.text()).replace(/\r\n[ \t]/g, "");
  }

  it("?lang=pt: Portuguese words, a link to the Portuguese page", async () => {
    const text = await ics("?lang=pt");
    expect(text).toContain("SUMMARY:Domingo da Liberdade em Grace Chapel");
    expect(text).toContain("DESCRIPTION:Cultos: 9:00");
    expect(text).toContain(`${SITE}/pt/freedom-sunday/${eventId}`);
  });

  it("the NEXT_LOCALE cookie without ?lang=, and English by default", async () => {
    expect(await ics("", { cookie: "NEXT_LOCALE=es" })).toContain(
      "SUMMARY:Domingo de la Libertad en Grace Chapel",
    );
    const english = await ics("");
    expect(english).toContain("SUMMARY:Freedom Sunday at Grace Chapel");
    expect(english).toContain("DESCRIPTION:Services: 9:00");
    expect(english).toContain(`${SITE}/freedom-sunday/${eventId}`);
  });
});
