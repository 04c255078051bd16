// Static readings on invented sentences through the whole extractor (dictionary NER double, shipped parser): a
// nationality on any descriptor noun, a country that scopes a post rather than naming the holder's nationality, a
// work's title that takes no role, and the place of a contest that is not its side's.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

/** Typed relations as "source -CATEGORY-> target" lines. */
const relations = typedRelationsOfText({
  "Karel Dvorsky": "PER",
  "Ilse Varga": "PER",
  "Kesko Bank": "ORG",
  "Halvard Nights": "ORG",
  "Anna Kovel": "PER",
  Kovel: "PER",
  "Acme Pictures": "ORG",
  "Tomas Brell": "PER",
  "Varnsk Rovers": "ORG",
  "Halvard Bank": "ORG",
  Porvik: "LOC",
  Alaska: "LOC",
  "Halvard High School": "ORG",
  Ruritania: "LOC",
  "Ilse Brell": "PER",
  "University of Porvik": "ORG",
  "Kesko Studios": "ORG",
  Minnesota: "LOC",
  "Kesko Group": "ORG",
  "Halvard Capital": "ORG",
  "Varnsk Bureau": "ORG",
  Norway: "LOC",
  "Piet Harlan": "PER",
});

describe("static readings on parsed text", () => {
  it("reads a nationality on any descriptor noun right before a person's name as where the person is from", () => {
    expect(relations("The Hungarian master Karel Dvorsky won the match.")).toContain("Karel Dvorsky -ORIGIN-> Hungary");
  });

  it("reads a country before a post held at an organization as the post's scope, not the holder's nationality", () => {
    const r = relations('"Prices will rise," said Ilse Varga, a Norwegian economist at Kesko Bank.');
    expect(r).toContain("Ilse Varga -ROLE-> Kesko Bank");
    expect(r).not.toContain("Ilse Varga -ORIGIN-> Norway");
  });

  it("reads no role from a title to a name the article shows to be a work, but keeps one to an organization", () => {
    const r = relations(
      "Halvard Nights director Anna Kovel signed a deal. Kovel directed Halvard Nights in 2001. Acme Pictures spokesman Tomas Brell welcomed it.",
    );
    expect(r).not.toContain("Anna Kovel -ROLE-> Halvard Nights");
    expect(r).toContain("Tomas Brell -ROLE-> Acme Pictures");
  });

  it("gives a contest's place to the contest, not to the side named in it", () => {
    expect(relations("The first match against the Varnsk Rovers in Porvik is on 25 June.")).not.toContain(
      "Varnsk Rovers -LOCATION-> Porvik",
    );
    expect(relations("The Halvard Bank in Porvik closed its doors.")).toContain("Halvard Bank -LOCATION-> Porvik");
  });

  it("places an organization's name with a place in apposition, as an address or a school's name gives it", () => {
    expect(relations("She coached at Halvard High School, Alaska, for ten years.")).toContain(
      "Halvard High School -LOCATION-> Alaska",
    );
  });

  it("reads 'the prime minister of Y, X' when the parse hangs the name on Y", () => {
    expect(
      relations("The ceremony was led by the future prime minister of Ruritania, Anna Kovel, a friend of his."),
    ).toContain("Anna Kovel -ROLE-> Ruritania");
  });

  it("reads a coordinated appositive post the parse hangs on the name, but not a coordinated second person's", () => {
    expect(
      relations("Tomas Brell, brother of Ilse Brell and a professor at the University of Porvik, wrote the report."),
    ).toContain("Tomas Brell -ROLE-> University of Porvik");
    expect(relations("Tomas Brell and a professor at the University of Porvik met on Monday.")).not.toContain(
      "Tomas Brell -ROLE-> University of Porvik",
    );
  });

  it("closes an organization's place through the places that one lies in", () => {
    const r = relations("Kesko Studios is based in Porvik, Minnesota.");
    expect(r).toContain("Kesko Studios -LOCATION-> Porvik");
    expect(r).toContain("Kesko Studios -LOCATION-> Minnesota");
  });

  it("reads a place's possessive or name on an organization's descriptor noun as where it is based", () => {
    expect(relations("Ships were built by the Kesko Group, Norway's oldest shipyard company.")).toContain(
      "Kesko Group -LOCATION-> Norway",
    );
    expect(relations("Piet Harlan joined the Porvik insurance firm Halvard Capital.")).toContain(
      "Halvard Capital -LOCATION-> Porvik",
    );
  });

  it("reads a state body described by its country's possessive as part of that country", () => {
    const r = relations("Maps were drawn by the Varnsk Bureau, Norway's survey agency.");
    expect(r).toContain("Varnsk Bureau -PART_OF-> Norway");
    expect(r).not.toContain("Varnsk Bureau -LOCATION-> Norway");
  });
});
