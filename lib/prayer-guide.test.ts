import { describe, expect, it } from "vitest";
import { midSentence, petition } from "./prayer-guide";

describe("the prayer guide's petitions", () => {
  it("keep organisation names and acronyms as written", () => {
    expect(
      petition("IJM and our partners in Northern Thailand gathered to celebrate", "praise"),
    ).toBe("We thank you for IJM and our partners in Northern Thailand gathered to celebrate.");
    expect(midSentence("iJM staff")).toBe("iJM staff");
    expect(midSentence("NGO's work")).toBe("NGO's work");
    expect(midSentence("G20 leaders")).toBe("G20 leaders");
  });

  it("keep countries, cities and regions capitalised", () => {
    expect(petition("Kenya's courts to hear the case", "request")).toBe(
      "For Kenya's courts to hear the case: Lord, in your mercy, hear our prayer.",
    );
    expect(midSentence("Chiang Mai churches")).toBe("Chiang Mai churches");
    expect(midSentence("Latin America teams")).toBe("Latin America teams");
  });

  it("lower-case an ordinary first word, as it reads after 'For'", () => {
    expect(petition("Ongoing trafficking cases in Ghana.", "request")).toBe(
      "For ongoing trafficking cases in Ghana: Lord, in your mercy, hear our prayer.",
    );
    expect(petition("A young woman recently rescued", "request")).toBe(
      "For a young woman recently rescued: Lord, in your mercy, hear our prayer.",
    );
    expect(midSentence("churches")).toBe("churches");
  });
});
