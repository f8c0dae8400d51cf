// The language of what the app sends: which one a request asks for, and pages' paths in it.
import { describe, expect, it } from "vitest";
import { addressLocale, emailTranslator, localePath, requestLocale, toLocale } from "./email-i18n";

const SITE = "https://pray.example.org";

describe("requestLocale", () => {
  it("takes ?lang= first, then a language prefix, then the NEXT_LOCALE cookie, then the page", () => {
    const cookie = { cookie: "a=1; NEXT_LOCALE=fr; b=2" };
    expect(
      requestLocale(new Request(`${SITE}/freedom-sunday/7/ics?lang=pt`, { headers: cookie })),
    ).toBe("pt");
    expect(requestLocale(new Request(`${SITE}/es/feed.xml`, { headers: cookie }))).toBe("es");
    expect(requestLocale(new Request(`${SITE}/freedom-sunday/7/ics`, { headers: cookie }))).toBe(
      "fr",
    );
    expect(
      requestLocale(
        new Request(`${SITE}/api/account/forgot-password`, {
          headers: { referer: `${SITE}/pt/forgot-password` },
        }),
      ),
    ).toBe("pt");
  });

  it("is English when nothing names a language the app speaks", () => {
    expect(requestLocale(new Request(`${SITE}/freedom-sunday/7/ics`))).toBe("en");
    expect(
      requestLocale(
        new Request(`${SITE}/x?lang=de`, {
          headers: { cookie: "NEXT_LOCALE=de", referer: `${SITE}/forgot-password` },
        }),
      ),
    ).toBe("en");
    expect(requestLocale(new Request(`${SITE}/x`, { headers: { referer: "not a url" } }))).toBe(
      "en",
    );
  });

  it("reads only the address for a feed (a feed reader has no cookie)", () => {
    const headers = { cookie: "NEXT_LOCALE=es" };
    expect(addressLocale(new Request(`${SITE}/feed.xml`, { headers }))).toBe("en");
    expect(addressLocale(new Request(`${SITE}/feed.json?lang=pt`, { headers }))).toBe("pt");
  });
});

describe("localePath", () => {
  it("leaves English paths as they are and prefixes the others", () => {
    expect(localePath("en", "/requests/7")).toBe("/requests/7");
    expect(localePath("es", "/requests/7#update-2")).toBe("/es/requests/7#update-2");
    expect(localePath("fr", "/")).toBe("/fr");
    expect(localePath("pt", "/requests?region=africa")).toBe("/pt/requests?region=africa");
  });
});

describe("emailTranslator", () => {
  it("speaks each language, English for an unknown one", () => {
    expect(emailTranslator("en")("feed.kinds.praise")).toBe("Praise report");
    expect(emailTranslator("es")("feed.kinds.praise")).toBe("Motivo de gratitud");
    expect(emailTranslator(toLocale("xx"))("greeting", { name: "Ruth" })).toBe("Hello Ruth,");
  });
});

describe("the e-mailed sign-in link", () => {
  it("is written in the account's language, with the link on a line of its own", async () => {
    const { signInLinkMail } = await import("./email-i18n");
    const url = "http://localhost:3000/api/auth/callback/nodemailer?token=abc&email=x";
    const es = signInLinkMail("ana@example.test", url, "es");
    expect(es.subject).toBe("Su enlace para iniciar sesión en Intercede");
    expect(es.text).toContain(`\n${url}\n`);
    expect(signInLinkMail("a@b.test", url, "en").subject).toBe("Your Intercede sign-in link");
    expect(signInLinkMail("a@b.test", url, "fr").text).toContain("Ouvrez ce lien");
  });
});
