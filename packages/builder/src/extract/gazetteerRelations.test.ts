// Containment the text leaves to world knowledge: a place it calls a capital lies in the country the gazetteer
// says it is the capital of, and a ship named with a state's prefix belongs to that state's navy. Invented text
// with a dictionary NER double and the shipped parser.
import { describe, expect, it } from "vitest";
import { extractionOfText } from "./testing/extractionOfText.js";
import type { DocumentExtraction } from "./types.js";

const extract = extractionOfText({
  Vientiane: "LOC",
  Laos: "LOC",
  Thimphu: "LOC",
  Bhutan: "LOC",
  Mongolia: "LOC",
  Ulaanbaatar: "LOC",
  Navy: "ORG",
  "Royal Navy": "ORG",
  "Indian Navy": "ORG",
  "HMCS Larkspur": "ORG",
  "HMCS Tamworth": "ORG",
  "Brenna Quist": "PER",
});

function edge(x: DocumentExtraction, from: string, to: string, category: string) {
  const id = (label: string) => x.entities.find((e) => e.label === label || e.aliases.includes(label))?.localId;
  const s = id(from);
  const t = id(to);
  return x.relations.find((r) => r.source === s && r.target === t && r.category === category);
}

describe("capitals from the gazetteer", () => {
  it("places a town the text calls the capital in its country, across sentences", () => {
    const x = extract("Floods swept across Laos this week. In the capital, Vientiane, schools stayed shut on Friday.");
    expect(edge(x, "Vientiane", "Laos", "LOCATION")).toBeDefined();
  });

  it("reads 'X, the capital' the same way", () => {
    const x = extract("Brenna Quist flew to Thimphu, the capital, after the vote in Bhutan was counted.");
    expect(edge(x, "Thimphu", "Bhutan", "LOCATION")).toBeDefined();
  });

  it("reads 'the Ruritanian capital' said of the country as calling the named capital one", () => {
    const x = extract("Talks resumed in the Bhutanese capital on Monday. Brenna Quist stayed in Thimphu for a week.");
    expect(edge(x, "Thimphu", "Bhutan", "LOCATION")).toBeDefined();
  });

  it("reads nothing from a capital named without the word, which may stand for its government", () => {
    const x = extract("Ulaanbaatar rejected the offer on Monday. Mongolia had asked for more time.");
    expect(edge(x, "Ulaanbaatar", "Mongolia", "LOCATION")).toBeUndefined();
  });

  it("needs the capital's own country in the article", () => {
    const x = extract("Brenna Quist said the capital, Vientiane, was calm. Bhutan sent a message of support.");
    expect(edge(x, "Vientiane", "Bhutan", "LOCATION")).toBeUndefined();
  });
});

describe("ships of a navy", () => {
  it("makes a ship with a state's prefix PART_OF the navy the article names", () => {
    const x = extract(
      "The frigate HMCS Larkspur sailed on Tuesday. The Navy said HMCS Tamworth would join it next month.",
    );
    expect(edge(x, "HMCS Larkspur", "Navy", "PART_OF")).toBeDefined();
    expect(edge(x, "HMCS Tamworth", "Navy", "PART_OF")).toBeDefined();
  });

  it("does not give the ship to another country's navy", () => {
    const x = extract("The Indian Navy shadowed HMCS Larkspur through the strait on Sunday.");
    expect(edge(x, "HMCS Larkspur", "Indian Navy", "PART_OF")).toBeUndefined();
  });
});
