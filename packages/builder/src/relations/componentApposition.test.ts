// A component or outlet noun owned by an organization with a name apposed to it ("X's armed wing, Y", "the X
// watchdog, Y"): the name is part of the owner, however the parse hangs it. Invented sentences through the whole
// extractor (dictionary NER double, shipped parser).
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({
  "Velmar Front": "ORG",
  "Crimson Brigade": "ORG",
  "Tarsk Alliance": "ORG",
  "Halvard Daily": "ORG",
  "Orvel Council": "ORG",
  "Orvel Audit Office": "ORG",
  "Kesko Group": "ORG",
  "Norvik Bank": "ORG",
});

describe("parts named on a component noun", () => {
  it("reads the name apposed to an organization's possessed wing as its part, even inside a larger phrase", () => {
    expect(
      relations("A commander of the Velmar Front's armed wing, the Crimson Brigade, denied the report on Sunday."),
    ).toContain("Crimson Brigade -PART_OF-> Velmar Front");
  });

  it("reads an outlet noun the same way", () => {
    expect(relations("The Tarsk Alliance's weekly newspaper, Halvard Daily, printed the letter in full.")).toContain(
      "Halvard Daily -PART_OF-> Tarsk Alliance",
    );
  });

  it("reads an owner compounded onto the noun", () => {
    expect(
      relations("Auditors from the Orvel Council ethics watchdog, the Orvel Audit Office, visited the port."),
    ).toContain("Orvel Audit Office -PART_OF-> Orvel Council");
  });

  it("reads nothing from a noun that names no part", () => {
    const r = relations("The Kesko Group's main rival, Norvik Bank, raised its rates on Monday.");
    expect(r).not.toContain("Norvik Bank -PART_OF-> Kesko Group");
  });
});
