// A national office before a name with its country unsaid, on invented articles through the whole extractor.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({ "Juan Vela": "PER", "Luis Mora": "PER", "Ana Soto": "PER" });

describe("unheld national offices", () => {
  it("reads the office as held in the article's leading country when the sentence names it", () => {
    const r = relations(
      "Peru's economy grew by 3% last year. A Peruvian court cleared President Juan Vela of fraud charges on Monday.",
    );
    expect(r).toContain("Juan Vela -ROLE-> Peru");
    expect(
      relations("Peru will vote in May. Peru will hold elections in May, Prime Minister Ana Soto said on Monday."),
    ).toContain("Ana Soto -ROLE-> Peru");
  });

  it("keeps an office whose holder is stated, and reads nothing when no country leads the article", () => {
    const stated = relations("Peru's economy grew last year. Chilean President Luis Mora visited Peru on Monday.");
    expect(stated).toContain("Luis Mora -ROLE-> Chile");
    expect(stated).not.toContain("Luis Mora -ROLE-> Peru");
    const tie = relations("Peru and Chile signed a deal. Chile's army backed President Juan Vela, Peru said.");
    expect(tie.filter((x) => x.startsWith("Juan Vela -ROLE->"))).toEqual([]);
  });

  it("reads nothing when the sentence does not name the leading country", () => {
    const r = relations("Peru's economy grew last year. Peru's exports rose. President Juan Vela praised the farmers.");
    expect(r.filter((x) => x.startsWith("Juan Vela -ROLE->"))).toEqual([]);
  });
});
