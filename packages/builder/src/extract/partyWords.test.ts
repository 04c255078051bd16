// Parties named by their member noun or adjective ("a Republican member", "the Labour MP X", "as a Whig") on
// invented text: the table (data/party-words.json), the mentions the finder makes of them, and the memberships the
// patterns read with the shipped parser.
import { describe, expect, it } from "vitest";
import { PARTY_LEMMAS, PARTY_WORDS } from "./lexicon/partyWords.js";
import { extractionOfText } from "./testing/extractionOfText.js";
import type { DocumentExtraction } from "./types.js";

const extract = extractionOfText({
  "Tomas Brell": "PER",
  "Ann Vesk": "PER",
  "Piet Harlan": "PER",
  "Jana Korr": "PER",
  "Ostland Assembly": "ORG",
});
function organizations(x: DocumentExtraction): string[] {
  return x.entities.filter((e) => e.type === "ORGANIZATION").map((e) => e.label);
}

function roles(x: DocumentExtraction): string[] {
  const label = (id: string) => x.entities.find((e) => e.localId === id)?.label ?? id;
  return x.relations.filter((r) => r.category === "ROLE").map((r) => `${label(r.source)} -> ${label(r.target)}`);
}

describe("party word table", () => {
  it("lists multi-word forms under their first word, longest first, and their lemmas in both cases", () => {
    expect(PARTY_WORDS.byFirst.get("Liberal")?.[0]?.length).toBe(2);
    expect(PARTY_WORDS.byFirst.get("Liberal")?.at(-1)).toEqual(["Liberal"]);
    expect(PARTY_WORDS.roleNouns.has("mp")).toBe(true);
    expect(PARTY_LEMMAS).toContain("Whig");
    expect(PARTY_LEMMAS).toContain("labour");
  });
});

describe("party mentions", () => {
  it("makes a party of a member adjective before an office or membership noun, and reads the role", () => {
    const x = extract("Tomas Brell was a Republican member of the Ostland Assembly. The Labour MP Ann Vesk spoke.");
    expect(organizations(x)).toEqual(expect.arrayContaining(["Republican", "Labour"]));
    expect(roles(x)).toEqual(expect.arrayContaining(["Tomas Brell -> Republican", "Ann Vesk -> Labour"]));
  });

  it("reads 'elected as a Whig' and 'fellow Democrat X' as membership", () => {
    const x = extract("Tomas Brell was elected as a Whig to the Ostland Assembly. Fellow Democrat Jana Korr agreed.");
    expect(roles(x)).toEqual(expect.arrayContaining(["Tomas Brell -> Whig", "Jana Korr -> Democrat"]));
  });

  it("leaves the same words alone as common adjectives and before a ministry's office", () => {
    const x = extract(
      "A Conservative estimate put the cost at two million. The Liberal arts college opened. The Labour minister Piet Harlan resigned.",
    );
    expect(organizations(x)).not.toContain("Conservative");
    expect(organizations(x)).not.toContain("Liberal");
    expect(organizations(x)).not.toContain("Labour");
  });
});
