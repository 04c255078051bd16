// Role labels read from the text around a person's name keep whole words: an honorific is dropped only as a word
// of its own ("Dr. X"), never as the first letters of a title ("professor", "director", "drummer").
import { describe, expect, it } from "vitest";
import { extractionOfText } from "./testing/extractionOfText.js";

const extract = extractionOfText({
  "Karel Dvorsky": "PER",
  "Tomas Brell": "PER",
  "Ilse Varga": "PER",
  "Piet Harlan": "PER",
  "Porvik University": "ORG",
  "Kesko Group": "ORG",
});

function roleLabels(text: string): string[] {
  const x = extract(text);
  return x.relations.filter((r) => r.category === "ROLE").map((r) => r.label);
}

describe("role labels", () => {
  it("keeps a title that begins with an honorific's letters whole", () => {
    const labels = roleLabels("Ilse Varga, a professor at Porvik University, said the data were clear.");
    expect(labels.length).toBeGreaterThan(0);
    expect(labels).not.toContain("essor");
    expect(labels.some((l) => l.includes("professor"))).toBe(true);
  });

  it("drops an honorific written as its own word", () => {
    const x = extract("Dr. Piet Harlan, director of the Kesko Group, resigned.");
    const person = x.entities.find((e) => e.label === "Piet Harlan");
    expect(person?.roles ?? []).not.toContain("ector");
    for (const role of person?.roles ?? []) expect(role).not.toMatch(/^dr\b/i);
  });

  it("takes no organization from a word capitalized only for opening the sentence", () => {
    const names = (text: string) =>
      extract(text)
        .entities.filter((e) => e.type === "ORGANIZATION")
        .map((e) => e.label);
    expect(names("Under Chairman Karel Dvorsky the committee met weekly.")).not.toContain("Under");
    expect(names("Beleaguered Porvik Police Chief Tomas Brell defended the budget.")).not.toContain(
      "Beleaguered Porvik",
    );
  });
});
