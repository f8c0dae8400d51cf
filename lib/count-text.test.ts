import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en/requests.json";
import es from "@/messages/es/requests.json";
import fr from "@/messages/fr/requests.json";
import pt from "@/messages/pt/requests.json";
import { countText, prayLabel, type RequestsTranslator } from "./count-text";

function translator(locale: string, messages: Record<string, unknown>): RequestsTranslator {
  return createTranslator({
    locale,
    messages: { requests: messages } as Record<string, Record<string, unknown>>,
    namespace: "requests",
  }) as RequestsTranslator;
}

const inEnglish = translator("en", en);

describe("the prayer count's words", () => {
  it("invite when nobody has prayed yet, kindly, by kind", () => {
    expect(countText({ times: 0, people: 0 }, "request", inEnglish)).toBe("Be the first to pray");
    expect(countText({ times: 0, people: 0 }, "praise", inEnglish)).toBe(
      "Be the first to give thanks",
    );
  });

  it("count exactly once someone has", () => {
    expect(countText({ times: 1, people: 1 }, "request", inEnglish)).toBe(
      "Prayed 1 time by 1 person",
    );
    expect(countText({ times: 7, people: 3 }, "praise", inEnglish)).toBe(
      "Prayed 7 times by 3 people",
    );
  });

  it("label the button by kind", () => {
    expect(prayLabel("request", inEnglish)).toBe("I prayed");
    expect(prayLabel("praise", inEnglish)).toBe("Give thanks");
  });

  it("speak the page's language, singular and plural", () => {
    const inSpanish = translator("es", es);
    expect(countText({ times: 1, people: 1 }, "request", inSpanish)).toBe("1 oración de 1 persona");
    expect(countText({ times: 7, people: 3 }, "request", inSpanish)).toBe(
      "7 oraciones de 3 personas",
    );
    expect(countText({ times: 0, people: 0 }, "praise", inSpanish)).toBe(
      "Sea la primera persona en dar gracias",
    );
    expect(prayLabel("request", inSpanish)).toBe("Oré");
    const inFrench = translator("fr", fr);
    expect(countText({ times: 1, people: 1 }, "request", inFrench)).toBe("1 prière de 1 personne");
    expect(countText({ times: 2, people: 2 }, "request", inFrench)).toBe(
      "2 prières de 2 personnes",
    );
    expect(prayLabel("request", inFrench)).toBe("J’ai prié");
    const inPortuguese = translator("pt", pt);
    expect(countText({ times: 1, people: 1 }, "request", inPortuguese)).toBe(
      "1 oração de 1 pessoa",
    );
    expect(countText({ times: 5, people: 4 }, "request", inPortuguese)).toBe(
      "5 orações de 4 pessoas",
    );
    expect(prayLabel("praise", inPortuguese)).toBe("Dar graças");
  });
});
