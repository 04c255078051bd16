// Origins, places and memberships in constructions the parse reads flatly, on invented sentences through the whole
// extractor: a fronted resident noun, an apposed noun with a "from" place, titled conjuncts of a verb's agent, a
// birth name in or before a person's parenthesis, a list of things each followed by its own place, a country's
// possessive on a name, births and workplaces on a copular predicate noun, and a team noun between league and team.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({
  "Pellam Ostrik": "PER",
  "Dara Quill": "PER",
  "Tarin Voss": "PER",
  "Arlo Venn": "PER",
  "Tobin Marsh": "PER",
  "Jessa Klein": "PER",
  "Unity Party": "ORG",
  "Glass Owls": "ORG",
  "Tamsin College": "ORG",
  "Corvel University": "ORG",
  Korvania: "LOC",
  Eastmarch: "LOC",
  Belvost: "LOC",
  Lakeburn: "LOC",
  Dunmore: "LOC",
  Quebec: "LOC",
  "Merrow League": "ORG",
  Italy: "LOC",
  "Pinewood Rovers": "ORG",
});

describe("origins and places read over flat parses", () => {
  it("reads the origin from a fronted resident noun before the name", () => {
    expect(relations("A native of Korvania, Pellam Ostrik moved to Belvost in 1990.")).toContain(
      "Pellam Ostrik -ORIGIN-> Korvania",
    );
    expect(relations("A native of Eastmarch, Dara Quill studied law in Belvost.")).toContain(
      "Dara Quill -ORIGIN-> Eastmarch",
    );
  });

  it("reads the origin from a 'from' place on a noun apposed to the name", () => {
    const found = relations("Tarin Voss, a Unity Party politician from Eastmarch, spoke on Monday.");
    expect(found).toContain("Tarin Voss -ORIGIN-> Eastmarch");
    expect(found).toContain("Tarin Voss -ROLE-> Unity Party");
  });

  it("gives every titled agent of a founding verb the role", () => {
    const found = relations("The Glass Owls were formed by guitarist Arlo Venn and bassist Tobin Marsh in Belvost.");
    expect(found).toContain("Arlo Venn -ROLE-> Glass Owls");
    expect(found).toContain("Tobin Marsh -ROLE-> Glass Owls");
  });

  it("takes no birthplace from the birth name after 'née'", () => {
    const found = relations("Jessa Klein (née Korvania; Belvost, 3 May 1950) is a writer.");
    expect(found).toContain("Jessa Klein -ORIGIN-> Belvost");
    expect(found).not.toContain("Jessa Klein -ORIGIN-> Korvania");
  });

  it("places each listed thing in the place after it only", () => {
    const found = relations(
      "He studied at Tamsin College in Lakeburn, Eastmarch, and at Corvel University in Dunmore, Quebec.",
    );
    expect(found).toContain("Tamsin College -LOCATION-> Lakeburn");
    expect(found).toContain("Corvel University -LOCATION-> Dunmore");
    expect(found).not.toContain("Tamsin College -LOCATION-> Dunmore");
    expect(found).not.toContain("Corvel University -LOCATION-> Lakeburn");
  });

  it("shares the place after a plain coordination with both things", () => {
    const found = relations("Both Tamsin College and Corvel University in Dunmore are larger.");
    expect(found).toContain("Tamsin College -LOCATION-> Dunmore");
    expect(found).toContain("Corvel University -LOCATION-> Dunmore");
  });

  it("reads a country's possessive on a person's name as where the person is from", () => {
    expect(relations("The final was won by Italy's Dara Quill, ahead of Tobin Marsh.")).toContain(
      "Dara Quill -ORIGIN-> Italy",
    );
  });

  it("reads a birth on a person's copular predicate noun", () => {
    expect(relations("Pellam Ostrik was a French actor, born in Belvost, France, in 1924.")).toContain(
      "Pellam Ostrik -ORIGIN-> Belvost",
    );
  });

  it("reads the places of a parenthesis set after a birth name", () => {
    const found = relations(
      "Jessa Klein, née Varnova (18 December 1931 in Belvost – 10 November 1991 in Dunmore) was a gymnast.",
    );
    expect(found).toContain("Jessa Klein -ORIGIN-> Belvost");
    expect(found).toContain("Jessa Klein -ORIGIN-> Dunmore");
  });

  it("puts a team in the league named on the team noun heading its name", () => {
    expect(
      relations(
        "Dara Quill is a professional footballer who plays for Merrow League club Pinewood Rovers, and the national team.",
      ),
    ).toContain("Pinewood Rovers -PART_OF-> Merrow League");
  });

  it("reads where an occupation predicate is practised as where the person lives", () => {
    expect(relations("Dara Quill is a lawyer in Belvost.")).toContain("Dara Quill -ORIGIN-> Belvost");
    expect(relations("Tarin Voss was a teacher in the 1990s.")).toEqual([]);
  });
});
