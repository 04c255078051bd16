// Titles written with their office before a name ("Minister of <Country> X", "the Chairman of <Org> X"),
// occupations between an employer and a name ("<Org> meteorologist X"), and a
// participle clause opening the sentence ("Born in Y, X moved ..."), read through the whole extractor (dictionary
// NER double, shipped parser) on invented text.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({
  "Karel Dvorsky": "PER",
  "Ilse Varga": "PER",
  "Tomas Brell": "PER",
  "Anna Kovel": "PER",
  "Jana Korr": "PER",
  "Porvik Assembly": "ORG",
  "Kesko Group": "ORG",
  Norway: "LOC",
  Porvik: "LOC",
  State: "ORG",
  "Kesko Times": "ORG",
  "Halvard Herald": "ORG",
  "Piet Harlan": "PER",
  "Porvik Police Department": "ORG",
  "Halvard Press": "ORG",
  Ohio: "LOC",
});

describe("titles with their office before a name", () => {
  it("reads the office after 'of' as what the person holds the title in", () => {
    const r = relations(
      "The Chairman of the Kesko Group Tomas Brell met the Leader of the Porvik Assembly Ilse Varga.",
    );
    expect(r).toContain("Tomas Brell -ROLE-> Kesko Group");
    expect(r).toContain("Ilse Varga -ROLE-> Porvik Assembly");
    expect(relations("President of Norway Anna Kovel spoke later.")).toContain("Anna Kovel -ROLE-> Norway");
  });

  it("keeps the country before such a title, and reads no organization in a government portfolio", () => {
    const r = relations("The French Secretary of State Karel Dvorsky opened the conference in Porvik.");
    expect(r).toContain("Karel Dvorsky -ROLE-> France");
    expect(r).not.toContain("Karel Dvorsky -ROLE-> State");
  });
});

describe("abbreviated titles", () => {
  it("reads the place after an abbreviated title's name as where the post is held", () => {
    expect(relations("Rep. Tomas Brell of Ohio chaired the hearing.")).toContain("Tomas Brell -ROLE-> Ohio");
  });
});

describe("a counterpart", () => {
  it("holds the same kind of post in the country its nationality names", () => {
    expect(relations("Karel Dvorsky welcomed his Danish counterpart, Ilse Varga, to the summit.")).toContain(
      "Ilse Varga -ROLE-> Denmark",
    );
  });
});

describe("occupations between an employer and a name", () => {
  it("reads the organization on an occupation noun before or beside the name as the person's employer", () => {
    expect(relations("The Kesko Times columnist Anna Kovel wrote about the harbour.")).toContain(
      "Anna Kovel -ROLE-> Kesko Times",
    );
    expect(relations("Jana Korr, a Kesko Times host, resigned on Monday.")).toContain("Jana Korr -ROLE-> Kesko Times");
    expect(relations("The Halvard Herald's director-general, Tomas Brell, opened the new printing works.")).toContain(
      "Tomas Brell -ROLE-> Halvard Herald",
    );
    expect(relations("Piet Harlan, a veteran of the Porvik Police Department, trains new recruits.")).toContain(
      "Piet Harlan -ROLE-> Porvik Police Department",
    );
  });

  it("reads a nationality on an occupation as where the person is from, not as an employer", () => {
    const r = relations("The Danish architect Ilse Varga won the prize.");
    expect(r).toContain("Ilse Varga -ORIGIN-> Denmark");
    expect(r).not.toContain("Ilse Varga -ROLE-> Denmark");
  });
});

describe("posts in apposition", () => {
  it("reads a party's member noun in apposition, modifiers and all, after a titled name", () => {
    expect(relations("Sen. Tomas Brell, a moderate Republican from Ohio, backed the farm bill.")).toContain(
      "Tomas Brell -ROLE-> Republican",
    );
    expect(relations("Ilse Varga, a Democrat from Ohio, chairs the budget panel.")).toContain(
      "Ilse Varga -ROLE-> Democrat",
    );
  });

  it("gives the phrase after an appositive noun to that noun, not to the name", () => {
    expect(
      relations("Lt. Piet Harlan, press officer for the Porvik Police Department, described the search."),
    ).toContain("Piet Harlan -ROLE-> Porvik Police Department");
  });

  it("reads a state body named after its country's possessive descriptor as part of the country", () => {
    expect(relations("Norway's state news agency Halvard Press published the figures.")).toContain(
      "Halvard Press -PART_OF-> Norway",
    );
  });
});

describe("an opening participle clause", () => {
  it("shares the main clause's subject, so a birthplace in it is the subject's origin", () => {
    const r = relations("Born in Norway, Jana Korr studied painting in Porvik.");
    expect(r).toContain("Jana Korr -ORIGIN-> Norway");
    expect(r).not.toContain("Jana Korr -ORIGIN-> Denmark");
  });

  it("reads a nationality on a post as the office held for the country, on a trade as where the person is from", () => {
    expect(relations("The Chilean ambassador Tomas Brell left on Monday.")).toContain("Tomas Brell -ROLE-> Chile");
    const trade = relations("The Chilean economist Anna Kovel warned of a recession.");
    expect(trade).toContain("Anna Kovel -ORIGIN-> Chile");
    expect(trade).not.toContain("Anna Kovel -ROLE-> Chile");
  });

  it("reads the same in a copular predicate ('X is the Y ambassador', 'X is a Y economist')", () => {
    expect(relations("Tomas Brell is the Chilean ambassador.")).toContain("Tomas Brell -ROLE-> Chile");
    const trade = relations("Anna Kovel is a Chilean economist.");
    expect(trade).toContain("Anna Kovel -ORIGIN-> Chile");
    expect(trade).not.toContain("Anna Kovel -ROLE-> Chile");
  });
});
