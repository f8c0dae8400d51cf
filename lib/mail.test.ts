// The app's messages as they arrive at a real SMTP server run in-process (smtp-server): headers,
// subject, body, List-Unsubscribe (RFC 8058), and a refusal that surfaces as an error.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeMail, digestMail, excerpt, followNotice, smtpSend } from "./mail";
import { verifyUnsubscribeToken } from "./unsubscribe";

interface Received {
  from: string;
  to: string[];
  raw: string;
  parsed: ParsedMail;
}

const received: Received[] = [];
/** Recipients refused with a 4xx (temporary) error, once each. */
const refuseOnce = new Set<string>();

const server = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onRcptTo(address, _session, callback) {
    if (refuseOnce.delete(address.address)) {
      const error = Object.assign(new Error("Mailbox busy, try again later"), {
        responseCode: 451,
      });
      callback(error);
      return;
    }
    callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      simpleParser(raw)
        .then((parsed) => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
            parsed,
          });
          callback();
        })
        .catch(callback);
    });
  },
});

let url = "";
const from = "Intercede <prayer@intercede.test>";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  closeMail();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function header(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line
    ?.slice(line.indexOf(":") + 1)
    .replace(/\r?\n[ \t]+/g, " ")
    .trim();
}

const recipient = {
  id: "3d1f6a70-1b7c-4a53-8e0b-5f0d2c9e8a11",
  email: "ruth@example.test",
  name: "Ruth",
};

describe("a follow notice through SMTP", () => {
  it("arrives with its subject, body, link and one-click unsubscribe headers", async () => {
    const mail = followNotice({
      updateId: 41,
      recipient,
      request: {
        id: 7,
        title: "Justice for a survivor in Accra",
        regionName: "Africa",
        country: "Ghana",
      },
      update: {
        kind: "update",
        body: "The police filed charges against both suspects.",
        postedAt: new Date("2026-03-04T10:00:00Z"),
      },
    });
    expect(mail.dedupeKey).toBe(`update:41:user:${recipient.id}`);
    await smtpSend(mail, { url, from });
    const got = received.at(-1)!;
    expect(got.to).toEqual(["ruth@example.test"]);
    expect(got.from).toBe("prayer@intercede.test");
    expect(got.parsed.subject).toBe("News: Justice for a survivor in Accra");
    expect(got.parsed.from?.value).toEqual([
      expect.objectContaining({ name: "Intercede", address: "prayer@intercede.test" }),
    ]);
    expect(got.parsed.to && "text" in got.parsed.to ? got.parsed.to.text : "").toBe(
      "ruth@example.test",
    );
    const text = got.parsed.text ?? "";
    expect(text).toContain("Hello Ruth,");
    expect(text).toContain("Justice for a survivor in Accra");
    expect(text).toContain("Africa · Ghana");
    expect(text).toContain("4 March 2026:\nThe police filed charges against both suspects.");
    expect(text).toContain("http://localhost:3000/requests/7");
    expect(got.parsed.html).toContain('<a href="http://localhost:3000/requests/7">');

    const listUnsubscribe = header(got.parsed, "List-Unsubscribe")!;
    const oneClick = /^<(http:\/\/localhost:3000\/api\/unsubscribe\?token=[^>]+)>$/.exec(
      listUnsubscribe,
    )?.[1];
    expect(oneClick).toBeTruthy();
    expect(header(got.parsed, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect(header(got.parsed, "Auto-Submitted")).toBe("auto-generated");
    const token = new URL(oneClick!).searchParams.get("token");
    expect(verifyUnsubscribeToken(token)).toEqual({ userId: recipient.id, list: "follows" });
    // The body's link opens the page with the same token (the page asks before it changes anything).
    const pageLink = /http:\/\/localhost:3000\/unsubscribe\?token=\S+/.exec(text)?.[0];
    expect(new URL(pageLink!).searchParams.get("token")).toBe(token);
  });

  it("says answered or reopened in the subject, and never who else follows or prayed", async () => {
    const answered = followNotice({
      updateId: 42,
      recipient: { ...recipient, name: null },
      request: { id: 8, title: "A trial in Bolivia", regionName: "Latin America", country: null },
      update: {
        kind: "answered",
        body: "The court convicted the accused.",
        postedAt: new Date("2026-03-05T10:00:00Z"),
      },
    });
    expect(answered.subject).toBe("Answered: A trial in Bolivia");
    expect(answered.text).toMatch(/^Hello,\n/);
    expect(answered.text).toContain("has been answered");
    expect(answered.text).not.toMatch(/prayed|follower|others? (who )?follow/i);
    const reopened = followNotice({
      updateId: 43,
      recipient,
      request: { id: 8, title: "A trial in Bolivia", regionName: "Latin America", country: null },
      update: { kind: "reopened", body: "An appeal was filed.", postedAt: new Date() },
    });
    expect(reopened.subject).toBe("Reopened: A trial in Bolivia");
  });

  it("escapes the update's text in the HTML part", () => {
    const mail = followNotice({
      updateId: 44,
      recipient,
      request: { id: 9, title: "<b>Bold</b> & co", regionName: "Global", country: null },
      update: { kind: "update", body: '<script>alert("x")</script>', postedAt: new Date() },
    });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(mail.html).toContain("&lt;b&gt;Bold&lt;/b&gt; &amp; co");
  });

  it("surfaces a temporary refusal (4xx) as an error, and goes through on the next try", async () => {
    refuseOnce.add("busy@example.test");
    const before = received.length;
    const mail = { to: "busy@example.test", subject: "Try me", text: "Hello" };
    await expect(smtpSend(mail, { url, from })).rejects.toThrow(/451/);
    expect(received).toHaveLength(before);
    await smtpSend(mail, { url, from });
    expect(received).toHaveLength(before + 1);
    expect(received.at(-1)!.to).toEqual(["busy@example.test"]);
  });
});

describe("the weekly digest message", () => {
  const items = [
    {
      id: 11,
      title: "Rescue in Kolkata",
      body: "Pray for **the team** rescuing [children](https://example.org) from forced labour.",
      regionName: "South Asia",
      kind: "request",
    },
    {
      id: 12,
      title: "A verdict in Chennai",
      body: "Praise God for a conviction.",
      regionName: "South Asia",
      kind: "praise",
    },
    {
      id: 13,
      title: "Partners meeting",
      body: "Pray for the partners meeting.",
      regionName: "HQ & Global Partners",
      kind: "request",
    },
  ];

  it("arrives with the verse, the chosen regions' requests (titles, excerpts, links) and unsubscribe", async () => {
    const mail = digestMail({
      week: "2026-03-02",
      recipient,
      bulletin: {
        id: 3,
        title: "IJM Prayer Request",
        verseText: "May he defend the afflicted among the people.",
        verseReference: "Psalm 72:4",
      },
      items,
    });
    expect(mail.dedupeKey).toBe(`digest:2026-03-02:user:${recipient.id}`);
    await smtpSend(mail, { url, from });
    const got = received.at(-1)!;
    expect(got.parsed.subject).toBe("This week's prayer digest: IJM Prayer Request");
    const text = got.parsed.text ?? "";
    expect(text).toContain("“May he defend the afflicted among the people.” — Psalm 72:4");
    expect(text).toContain(
      "SOUTH ASIA\n\nRescue in Kolkata\nPray for the team rescuing children from forced labour.\nhttp://localhost:3000/requests/11",
    );
    expect(text).toContain("Praise: A verdict in Chennai");
    expect(text).toContain("HQ & GLOBAL PARTNERS");
    expect(text.indexOf("Rescue in Kolkata")).toBeLessThan(text.indexOf("Partners meeting"));
    expect(text).toContain("http://localhost:3000/bulletins/3");
    const oneClick = /^<([^>]+)>$/.exec(header(got.parsed, "List-Unsubscribe")!)?.[1];
    expect(verifyUnsubscribeToken(new URL(oneClick!).searchParams.get("token"))).toEqual({
      userId: recipient.id,
      list: "digest",
    });
    expect(header(got.parsed, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
  });
});

describe("in the recipient's language", () => {
  const spanish = { ...recipient, locale: "es" as const };

  it("writes a Spanish follower's notice in Spanish, with links to the Spanish pages", () => {
    const mail = followNotice({
      updateId: 51,
      recipient: spanish,
      request: {
        id: 7,
        title: "Justice for a survivor in Accra",
        regionName: "Africa",
        country: "Ghana",
      },
      update: {
        kind: "answered",
        body: "The court convicted both accused.",
        postedAt: new Date("2026-03-04T10:00:00Z"),
      },
    });
    expect(mail.subject).toBe("Respondida: Justice for a survivor in Accra");
    expect(mail.text).toMatch(/^Hola, Ruth:\n/);
    expect(mail.text).toContain(
      "Una petición de oración que usted sigue en Intercede ha sido respondida.",
    );
    expect(mail.text).toContain("4 de marzo de 2026:\nThe court convicted both accused.");
    expect(mail.text).toContain("Léala y ore: http://localhost:3000/es/requests/7");
    expect(mail.text).toContain("Para dejar de recibir correos");
    expect(mail.text).not.toMatch(/Hello|Read it and pray|You get this e-mail/);
    // The unsubscribe link stays as it is.
    expect(mail.text).toMatch(/http:\/\/localhost:3000\/unsubscribe\?token=\S+/);
    expect(mail.html).toContain('<a href="http://localhost:3000/es/requests/7">Léala y ore</a>');
    expect(mail.html).toMatch(
      /<a href="http:\/\/localhost:3000\/unsubscribe\?token=[^"]+">Dejar de recibir/,
    );
    // The key is per update and person, whatever the language.
    expect(mail.dedupeKey).toBe(`update:51:user:${recipient.id}`);
  });

  it("writes a Spanish subscriber's digest in Spanish, with links to the Spanish pages", () => {
    const mail = digestMail({
      week: "2026-03-02",
      recipient: spanish,
      bulletin: {
        id: 3,
        title: "IJM Prayer Request",
        verseText: "May he defend the afflicted among the people.",
        verseReference: "Psalm 72:4",
      },
      items: [
        {
          id: 11,
          title: "Rescue in Kolkata",
          body: "Pray for the team.",
          regionName: "South Asia",
          kind: "request",
        },
        {
          id: 12,
          title: "A verdict in Chennai",
          body: "Praise God.",
          regionName: "South Asia",
          kind: "praise",
        },
      ],
    });
    expect(mail.subject).toBe("Resumen de oración de esta semana: IJM Prayer Request");
    expect(mail.text).toMatch(/^Hola, Ruth:\n/);
    expect(mail.text).toContain("Las peticiones de oración de esta semana");
    expect(mail.text).toContain(
      "Rescue in Kolkata\nPray for the team.\nhttp://localhost:3000/es/requests/11",
    );
    expect(mail.text).toContain("Motivo de gratitud: A verdict in Chennai");
    expect(mail.text).toContain("El boletín completo: http://localhost:3000/es/bulletins/3");
    expect(mail.text).toContain("Cámbielas en http://localhost:3000/es/me");
    expect(mail.text).not.toMatch(/Hello|This week's|Praise:|The whole bulletin/);
    expect(mail.html).toContain('<a href="http://localhost:3000/es/me">Cámbielas</a>');
    expect(mail.html).toContain("Motivo de gratitud: A verdict in Chennai");
  });

  it("stays in English for a recipient with no language or English", () => {
    const mail = followNotice({
      updateId: 52,
      recipient: { ...recipient, locale: "en" },
      request: { id: 7, title: "A case", regionName: "Africa", country: null },
      update: { kind: "update", body: "News.", postedAt: new Date("2026-03-04T10:00:00Z") },
    });
    expect(mail.subject).toBe("News: A case");
    expect(mail.text).toContain("Read it and pray: http://localhost:3000/requests/7");
    expect(mail.html).toContain(">Stop e-mails about news on the requests you follow</a>.</p>");
  });
});

describe("excerpt", () => {
  it("gives plain text cut at a word near the limit", () => {
    expect(excerpt("# Title\n\n- one *two* [three](http://x)")).toBe("Title one two three");
    const long = `${"word ".repeat(100)}end`;
    const cut = excerpt(long, 50);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut).toMatch(/word…$/);
    expect(excerpt("short")).toBe("short");
  });
});
