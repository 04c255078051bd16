// A possessive on an organization's name compounded onto a common noun ("X's Y page") is the noun's: the name
// (a platform, a brand) is no part of X and X holds no post in it; "X's Y party" still names the party. Invented
// sentences through the whole extractor (dictionary NER double, shipped parser).
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({
  "Halvard Group": "ORG",
  Chirpline: "ORG",
  "Dara Quist": "PER",
  "Unity Alliance": "ORG",
});

describe("a possessive on a name compounded onto a noun", () => {
  it("belongs to the noun: the platform is no part of the possessor", () => {
    const r = relations("A reader on the Halvard Group's Chirpline page asked about the merger.");
    expect(r).not.toContain("Chirpline -PART_OF-> Halvard Group");
    expect(r.some((x) => x.startsWith("Halvard Group -ROLE->"))).toBe(false);
  });

  it("still reads the organization a kind noun names", () => {
    expect(relations("Polls put Dara Quist's Unity Alliance party ahead on Sunday.")).toContain(
      "Dara Quist -ROLE-> Unity Alliance",
    );
  });
});
