import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.js";

const words = (s: string) => tokenize(s).map((t) => t.text);

describe("tokenize", () => {
  it("keeps character offsets", () => {
    const text = "Police in Valdoria’s largest city, “Aldmere,” detained 98,000 people -- U.S. officials said.";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("splits punctuation and clitics CoNLL-style", () => {
    expect(words("Valdoria's largest city")).toEqual(["Valdoria", "'s", "largest", "city"]);
    expect(words("Brazil’s judges didn't say who're")).toEqual([
      "Brazil",
      "’s",
      "judges",
      "did",
      "n't",
      "say",
      "who",
      "'re",
    ]);
    expect(words("“Go away,” she said.")).toEqual(["“", "Go", "away", ",", "”", "she", "said", "."]);
  });

  it("splits units and magnitudes off a number but keeps ordinals, decades and names written onto one whole", () => {
    expect(words("At 5pm the 3rd crew ran 10km for $2.5bn in the 1980s")).toEqual([
      "At",
      "5",
      "pm",
      "the",
      "3rd",
      "crew",
      "ran",
      "10",
      "km",
      "for",
      "$",
      "2.5",
      "bn",
      "in",
      "the",
      "1980s",
    ]);
    expect(words("the 29ers beat 4M and the 8th-seeded side 2-1")).toEqual([
      "the",
      "29ers",
      "beat",
      "4M",
      "and",
      "the",
      "8th-seeded",
      "side",
      "2",
      "-",
      "1",
    ]);
  });

  it("keeps abbreviations, numbers, slashes and hyphenated names whole", () => {
    expect(words("Mr. Valerian-Tomas told WNB/TR that 1.6 million and 98,000 left the U.S. on Sept. 3")).toEqual([
      "Mr.",
      "Valerian-Tomas",
      "told",
      "WNB/TR",
      "that",
      "1.6",
      "million",
      "and",
      "98,000",
      "left",
      "the",
      "U.S.",
      "on",
      "Sept.",
      "3",
    ]);
    expect(words("O'Brien and J. Smith")).toEqual(["O'Brien", "and", "J.", "Smith"]);
  });

  it("splits glued sentences", () => {
    expect(words("the nation.Clear")).toEqual(["the", "nation", ".", "Clear"]);
  });
});
