import { describe, expect, it } from "vitest";
import { splitSentences } from "./splitSentences.js";

const split = (s: string) => splitSentences(s).map((x) => s.slice(x.start, x.end));

describe("splitSentences", () => {
  it("does not split at abbreviations", () => {
    expect(split("Mr. Silva met Dr. Okafor in the U.S. on Sept. 3. They talked.")).toEqual([
      "Mr. Silva met Dr. Okafor in the U.S. on Sept. 3.",
      "They talked.",
    ]);
  });

  it("keeps closing quotes with their sentence", () => {
    expect(split('"We will appeal." The lawyer left. "Why?" she asked.')).toEqual([
      '"We will appeal."',
      "The lawyer left.",
      '"Why?" she asked.',
    ]);
  });

  it("splits sentences glued without a space and at paragraph breaks and title lines", () => {
    expect(split("Headline without a period\n\nFirst paragraph ends here.Second starts.\nThird line.")).toEqual([
      "Headline without a period",
      "First paragraph ends here.",
      "Second starts.",
      "Third line.",
    ]);
  });

  it("continues hard-wrapped lines", () => {
    expect(split("The minister said the\nplan would work.")).toEqual(["The minister said the\nplan would work."]);
  });

  it("offsets index the text", () => {
    const text = "  A first one. A second one!  ";
    for (const s of splitSentences(text)) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe("splitSentences after abbreviations", () => {
  it("ends a sentence after a company or name suffix when the next word starts a sentence", () => {
    expect(split("The mill was sold to Harrow Bros. Workers there heard about it from workers elsewhere.")).toEqual([
      "The mill was sold to Harrow Bros.",
      "Workers there heard about it from workers elsewhere.",
    ]);
    expect(split("Shares rose at Ostrik Inc. They fell again by noon.")).toEqual([
      "Shares rose at Ostrik Inc.",
      "They fell again by noon.",
    ]);
  });

  it("keeps a name going after such a suffix", () => {
    expect(split("Pell Bros. Holdings and Dov Marek Jr. Ventures opened offices in Corvia.")).toEqual([
      "Pell Bros. Holdings and Dov Marek Jr. Ventures opened offices in Corvia.",
    ]);
    // The next word is written capitalized inside sentences too: a title, not a sentence start.
    expect(split("Analysts praised Chairman Ruiz. Omlan Corp. Chairman Ruiz spoke.")).toEqual([
      "Analysts praised Chairman Ruiz.",
      "Omlan Corp. Chairman Ruiz spoke.",
    ]);
    // Written in lower case elsewhere, but a title before a name here.
    expect(
      split("Tarvo Corp. Chief Executive Ilse Marn said the plant would close. The chief executive left."),
    ).toEqual(["Tarvo Corp. Chief Executive Ilse Marn said the plant would close.", "The chief executive left."]);
  });

  it("never ends a sentence at a title before a name, hyphenated or not", () => {
    expect(split("The award went to ex-Gen. Aren Holt and Dr. Lise Varo. Former-Sen. Mira Tal spoke.")).toEqual([
      "The award went to ex-Gen. Aren Holt and Dr. Lise Varo.",
      "Former-Sen. Mira Tal spoke.",
    ]);
  });
});
