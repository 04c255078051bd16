// Where an organization was founded or is published, the bodies a person serves in, and names joined by a
// conjunction that the parse ran into one phrase: readings through the whole extractor (dictionary NER double,
// shipped parser), on invented sentences.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({
  "Dara Quill": "PER",
  "Tove Marsk": "PER",
  "Holmer Trust": "ORG",
  "Brask Lines": "ORG",
  "Sennet Quartet": "ORG",
  "Orby Courier": "ORG",
  "Lund Rovers": "ORG",
  "Fennick Athletic": "ORG",
  "Orby Harriers": "ORG",
  "Marsh Legion": "ORG",
  "Orby Assembly": "ORG",
  Orby: "LOC",
  Fennick: "LOC",
  Ruritania: "LOC",
});

describe("formation and publication places", () => {
  it("places an organization where it was founded, formed or is published", () => {
    expect(relations("Holmer Trust was founded in Orby in 1872 by Dara Quill.")).toContain(
      "Holmer Trust -LOCATION-> Orby",
    );
    expect(relations("Brask Lines, established in Fennick in 1901, builds ferries.")).toContain(
      "Brask Lines -LOCATION-> Fennick",
    );
    expect(relations("Sennet Quartet is a string ensemble formed in Orby in 1994.")).toContain(
      "Sennet Quartet -LOCATION-> Orby",
    );
    expect(relations("The Orby Courier is a weekly newspaper published in Fennick.")).toContain(
      "Orby Courier -LOCATION-> Fennick",
    );
  });

  it("does not place an organization where it made something else", () => {
    expect(relations("Holmer Trust created 300 jobs in Orby last year.")).not.toContain(
      "Holmer Trust -LOCATION-> Orby",
    );
    expect(relations("Brask Lines, which established a depot in Fennick, grew fast.")).not.toContain(
      "Brask Lines -LOCATION-> Fennick",
    );
    expect(relations("Dara Quill formed a trio in Orby in 1990.")).toEqual([]);
  });
});

describe("service in a body", () => {
  it("reads a role from serving in, on or with an organization", () => {
    expect(relations("Dara Quill served in the Marsh Legion until 1945.")).toContain("Dara Quill -ROLE-> Marsh Legion");
    expect(relations("Tove Marsk, who sat on the Orby Assembly for a decade, retired.")).toContain(
      "Tove Marsk -ROLE-> Orby Assembly",
    );
    expect(relations("Dara Quill was born in Orby and enlisted with the Marsh Legion.")).toContain(
      "Dara Quill -ROLE-> Marsh Legion",
    );
  });

  it("reads no role from serving in a country", () => {
    expect(relations("Tove Marsk served in Ruritania for two years.")).toEqual([]);
  });
});

describe("names joined by a conjunction", () => {
  it("reaches every conjunct when the parse ran the names into one phrase", () => {
    const two = relations("Dara Quill played for Lund Rovers and Fennick Athletic.");
    expect(two).toContain("Dara Quill -ROLE-> Lund Rovers");
    expect(two).toContain("Dara Quill -ROLE-> Fennick Athletic");
    const three = relations("Tove Marsk played for Lund Rovers, Orby Harriers and Fennick Athletic.");
    expect(three).toContain("Tove Marsk -ROLE-> Lund Rovers");
    expect(three).toContain("Tove Marsk -ROLE-> Orby Harriers");
    expect(three).toContain("Tove Marsk -ROLE-> Fennick Athletic");
  });
});
