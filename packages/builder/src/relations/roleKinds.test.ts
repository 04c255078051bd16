// ROLE and ORIGIN kinds read through the whole extractor (dictionary NER double, shipped parser) on invented text:
// predicate titles listed after a copula, a person's hometown equated with a place, a person named "in" a state
// body, a title clause with a subject of its own, and phrases that name no holder of a title.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({
  "Ivo Brek": "PER",
  "Lena Hart": "PER",
  "Marek Tosh": "PER",
  "Goran Pavic": "PER",
  "Ruth Kaplan": "PER",
  "Tomas Brell": "PER",
  "World Bank": "ORG",
  "Supreme Court": "ORG",
  "Kesko Times": "ORG",
  "Porvik County Sheriff's Office": "ORG",
  "Halvard Ministry of Transport": "ORG",
  "Green Party": "ORG",
  "Porvik City Council": "ORG",
  "Kesko Group": "ORG",
  "Porvik Assembly": "ORG",
  "Centre Party": "ORG",
  Norwegian: "LOC",
  Finnish: "LOC",
  Porvik: "LOC",
  Zagreb: "LOC",
  Finland: "LOC",
  Canada: "LOC",
  Norway: "LOC",
  Iran: "LOC",
});

describe("predicate titles listed after a copula", () => {
  it("gives each listed title to the subject, the second read as the first's appositive", () => {
    const r = relations("Lena Hart was a lawyer, a judge in the Supreme Court and the president of Finland.");
    expect(r).toContain("Lena Hart -ROLE-> Supreme Court");
    expect(r).toContain("Lena Hart -ROLE-> Finland");
  });

  it("reads the subject through the name apposed to it", () => {
    const r = relations(
      "His uncle, Ivo Brek, was an army officer, an ambassador to the World Bank and the mayor of Porvik.",
    );
    expect(r).toContain("Ivo Brek -ROLE-> World Bank");
    expect(r).toContain("Ivo Brek -ROLE-> Porvik");
  });
});

describe("a hometown equated with a place", () => {
  it("reads the possessor's origin from a copula", () => {
    expect(relations("Goran Pavic's hometown is Zagreb.")).toContain("Goran Pavic -ORIGIN-> Zagreb");
  });

  it("reads the antecedent's origin from a relative clause", () => {
    expect(relations("Goran Pavic, whose hometown is Zagreb, won the race on Sunday.")).toContain(
      "Goran Pavic -ORIGIN-> Zagreb",
    );
  });
});

describe("a person named in a state body", () => {
  it("works in the office after 'in'", () => {
    expect(relations("Two deputies were hurt, said Tomas Brell in the Porvik County Sheriff's Office.")).toContain(
      "Tomas Brell -ROLE-> Porvik County Sheriff's Office",
    );
  });
});

describe("phrases that name no holder of a title", () => {
  it("gives a title clause with its own subject to that subject, not to the name it hangs on", () => {
    const r = relations("Marek Tosh kept the files for his aide, Lena Hart, while he was director of the World Bank.");
    expect(r).not.toContain("Lena Hart -ROLE-> World Bank");
  });

  it("reads no post in a country from a process noun the country is compounded onto", () => {
    const r = relations("We met Ruth Kaplan, the lead Canadian negotiator for the Iran talks, on Monday.");
    expect(r).toContain("Ruth Kaplan -ROLE-> Canada");
    expect(r).not.toContain("Ruth Kaplan -ROLE-> Iran");
  });

  it("reads no title from a phrase set off after the apposed name", () => {
    const r = relations("Marek Tosh met his Norwegian counterpart, Ivo Brek, in the old port city of Porvik.");
    expect(r).toContain("Ivo Brek -ROLE-> Norway");
    expect(r).not.toContain("Ivo Brek -ROLE-> Porvik");
  });

  it("takes a title followed by a verb for a new clause's subject, not an apposition", () => {
    const r = relations("The trip was cancelled after Ivo Brek fell ill, a Norwegian official told the Kesko Times.");
    expect(r).not.toContain("Ivo Brek -ROLE-> Norway");
  });
});

describe("a seat in a body", () => {
  it("is a post in the body and a membership of the party it was won for", () => {
    const r = relations("Lena Hart won a seat in the Porvik Assembly for the Green Party in 2010.");
    expect(r).toContain("Lena Hart -ROLE-> Porvik Assembly");
    expect(r).toContain("Lena Hart -ROLE-> Green Party");
  });
});

describe("a title's office with the holder's name run on", () => {
  it("gives the title to a name the parse runs on into the organization after 'of'", () => {
    const r = relations(
      "Guests included Finnish President Tomas Brell, Leader of the Porvik Assembly Ivo Brek and Ruth Kaplan.",
    );
    expect(r).toContain("Tomas Brell -ROLE-> Finland");
    expect(r).toContain("Ivo Brek -ROLE-> Porvik Assembly");
  });
});

describe("a person named in a state body, the parse hanging both on the verb", () => {
  it("reads the body right after the name", () => {
    expect(
      relations("The suspect has died, Ruth Kaplan in the Halvard Ministry of Transport said on Monday."),
    ).toContain("Ruth Kaplan -ROLE-> Halvard Ministry of Transport");
  });
});

describe("a nationality predicated of a person", () => {
  it("is the person's origin, in a copula, a quotation or a relative clause", () => {
    expect(relations("Lena Hart is Norwegian.")).toContain("Lena Hart -ORIGIN-> Norway");
    expect(relations('"I am Finnish," Ivo Brek said.')).toContain("Ivo Brek -ORIGIN-> Finland");
    expect(relations("Tomas Brell, who is Finnish, won the sprint.")).toContain("Tomas Brell -ORIGIN-> Finland");
  });
});

describe("the party a legislator sits or is elected for", () => {
  it("reads the party hung on the chamber beside the title", () => {
    expect(relations("Ivo Brek is a deputy in the Porvik Assembly for the Green Party.")).toContain(
      "Ivo Brek -ROLE-> Green Party",
    );
  });

  it("reads the party of an election", () => {
    expect(relations("Tomas Brell was elected to the assembly for the Centre Party in 2004.")).toContain(
      "Tomas Brell -ROLE-> Centre Party",
    );
  });
});

describe("coordinated names with titles of their own", () => {
  it("do not share the first one's title", () => {
    const r = relations("Mourners included Finnish President Tomas Brell, Canadian envoy Ruth Kaplan and others.");
    expect(r).toContain("Tomas Brell -ROLE-> Finland");
    expect(r).toContain("Ruth Kaplan -ROLE-> Canada");
    expect(r).not.toContain("Ruth Kaplan -ROLE-> Finland");
  });
});
