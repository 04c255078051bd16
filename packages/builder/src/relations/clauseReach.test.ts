// Event arguments reached across clauses and phrases, on the builder's own parses of invented sentences
// (fixtures/clauseReach.conllu, armedGroupDescriptions.conllu, armedGroupUnintroduced.conllu): a prepositional
// gerund hung on a verb's argument, a passive's "by" phrase hung on its last oblique, the whole a part noun names,
// places taken by verbs and nouns of seizing or that "fell to" an actor, the name a relative clause's noun is in
// apposition to, bare armed-group descriptions, singular pronouns beside a coordinated subject, outlets citing a
// speaker in a coordinated "that" clause, and the author of a thing named before (contentMemory*.conllu).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { docFromConllu } from "../nlp/docFromConllu.js";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";
import { relationsFromParse, type EntitySpan } from "./index.js";

const MARKS: [string, "COUNTRY" | "LOCATION" | "ORGANIZATION" | "PERSON"][] = [
  ["Tarsia", "COUNTRY"],
  ["Velland", "COUNTRY"],
  ["Kessel", "LOCATION"],
  ["Porvik", "LOCATION"],
  ["Marsk", "LOCATION"],
  ["Lenno", "LOCATION"],
  ["Dunmore", "LOCATION"],
  ["Osterby", "LOCATION"],
  ["Orvel Front", "ORGANIZATION"],
  ["Halvard Group", "ORGANIZATION"],
  ["Karsk Group", "ORGANIZATION"],
  ["Radio Marvo", "ORGANIZATION"],
  ["Brenn Police", "ORGANIZATION"],
  ["Dara Quist", "PERSON"],
  ["Tomas Brell", "PERSON"],
  ["Ilse Marn", "PERSON"],
  ["Wexby", "LOCATION"],
  ["Halsk", "LOCATION"],
  ["Brask", "LOCATION"],
];
const r = relationsOf("clauseReach", MARKS);

describe("a prepositional gerund hung on the verb's argument", () => {
  it("is the object's act ('accused X of backing Y' with the gerund on X)", () => {
    expect(r).toContain("Tarsia -SUPPORT-> Orvel Front");
    expect(r).toContain("Orvel Front -VIOLENCE-> Tomas Brell");
  });

  it("is the passive subject's act when hung on the agent ('X was accused by Y of attacking Z')", () => {
    expect(r).toContain("Orvel Front -VIOLENCE-> Porvik");
    expect(r).not.toContain("Velland -VIOLENCE-> Porvik");
  });

  it("has no doer when it is kept from happening ('prevented X from attacking Y')", () => {
    expect(r).not.toContain("Tarsia -VIOLENCE-> Kessel");
    expect(r).not.toContain("Velland -VIOLENCE-> Kessel");
    expect(r).toContain("Velland -OPPOSITION-> Tarsia");
  });
});

describe("a passive's 'by' phrase hung on its last oblique", () => {
  it("is the agent ('X was shot dead outside his home in Y by Z')", () => {
    expect(r).toContain("Halvard Group -VIOLENCE-> Dara Quist");
  });

  it("is no agent when it belongs to a participle ('detained at a house owned by X')", () => {
    expect(r).not.toContain("Tomas Brell -COERCION-> Ilse Marn");
  });
});

describe("targets", () => {
  it("a part noun's 'of' phrase is what was struck ('shelled most of X'); another noun's is not", () => {
    expect(r).toContain("Halvard Group -VIOLENCE-> Marsk");
    expect(r).not.toContain("Halvard Group -VIOLENCE-> Ilse Marn");
  });

  it("a place a verb of seizing takes is occupied (CAMEO 192), a person seized is coerced", () => {
    const doc = docFromConllu(readFileSync(join(import.meta.dirname, "fixtures/clauseReach.conllu"), "utf8"));
    const spans = spansOf(doc, MARKS);
    const { relations } = relationsFromParse(doc, spans, [], (e) => MARKS[e]?.[1] ?? "PERSON");
    const lenno = MARKS.findIndex(([name]) => name === "Lenno");
    const taken = relations.filter((x) => x.target === lenno);
    expect(taken.some((x) => x.category === "VIOLENCE" && x.cameo === "192")).toBe(true);
    expect(taken.some((x) => x.category === "COERCION")).toBe(false);
    expect(r).toContain("Brenn Police -COERCION-> Tomas Brell");
  });
});

describe("places taken", () => {
  it("a place that fell to an actor was taken by it; a body that fell to a rival was not", () => {
    expect(r).toContain("Karsk Group -VIOLENCE-> Wexby");
    expect(r).not.toContain("Velland -VIOLENCE-> Orvel Front");
  });

  it("a noun of seizing with a place is occupation ('X's capture of the city, Y')", () => {
    expect(r).toContain("Orvel Front -VIOLENCE-> Halsk");
  });

  it("a place only aimed at is not taken ('tried to seize X')", () => {
    expect(r).not.toContain("Halvard Group -VIOLENCE-> Brask");
  });
});

describe("a relative clause on a noun in apposition to a name", () => {
  it("has the name as its gap ('X, a student who was arrested by Y')", () => {
    expect(r).toContain("Brenn Police -COERCION-> Ilse Marn");
  });
});

describe("pronouns and reports", () => {
  it("a singular pronoun does not stand for one of a coordinated subject", () => {
    expect(r).toContain("Karsk Group -VIOLENCE-> Dunmore");
    expect(r).not.toContain("Tarsia -VIOLENCE-> Dunmore");
    expect(r).toContain("Tarsia -VIOLENCE-> Osterby");
  });

  it("an outlet cites the speaker of a coordinated 'that' clause", () => {
    expect(r).toContain("Radio Marvo -STATEMENT-> Brenn Police");
  });
});

describe("bare armed-group descriptions", () => {
  it("stand for a group introduced with an armed-group noun ('rebel forces', 'militants')", () => {
    const a = relationsOf("armedGroupDescriptions", [
      ["Orvel", "ORGANIZATION"],
      ["Halvard Group", "ORGANIZATION"],
      ["Tarsia", "COUNTRY"],
      ["Kessel", "LOCATION"],
      ["Porvik", "LOCATION"],
    ]);
    expect(a).toContain("Orvel -VIOLENCE-> Kessel");
    expect(a).toContain("Orvel -VIOLENCE-> Porvik");
    expect(a).not.toContain("Halvard Group -VIOLENCE-> Porvik");
  });

  it("stand for no group when none was introduced as armed", () => {
    const a = relationsOf("armedGroupUnintroduced", [
      ["Halvard Group", "ORGANIZATION"],
      ["Tarsia", "COUNTRY"],
      ["Porvik", "LOCATION"],
    ]);
    expect(a).not.toContain("Halvard Group -VIOLENCE-> Porvik");
  });
});

describe("a definite thing said or written, named before with its author", () => {
  const marks: [string, "ORGANIZATION" | "PERSON" | "COUNTRY"][] = [
    ["Halvard Group", "ORGANIZATION"],
    ["Kessel Police", "ORGANIZATION"],
    ["Dara Quist", "PERSON"],
    ["Tomas Brell", "PERSON"],
    ["Velland", "COUNTRY"],
  ];

  it("has that author ('X published a report ... The report criticized Y'; '... Z rejected the letter')", () => {
    const a = relationsOf("contentMemory", marks);
    expect(a).toContain("Halvard Group -OPPOSITION-> Kessel Police");
    expect(a).toContain("Tomas Brell -OPPOSITION-> Dara Quist");
  });

  it("has none when indefinite ('a report') or named too far back", () => {
    const a = relationsOf("contentMemoryUnbound", marks);
    expect(a).not.toContain("Halvard Group -OPPOSITION-> Kessel Police");
    expect(a).not.toContain("Tomas Brell -OPPOSITION-> Dara Quist");
  });
});

/** Spans of every occurrence of the given names, entity numbers in the order given. */
function spansOf(doc: ReturnType<typeof docFromConllu>, marks: typeof MARKS): EntitySpan[] {
  const out: EntitySpan[] = [];
  marks.forEach(([name, type], entity) => {
    const words = name.split(" ");
    for (let i = 0; i + words.length <= doc.length; i++)
      if (words.every((w, k) => doc.words[i + k] === w)) out.push({ start: i, end: i + words.length, entity, type });
  });
  return out.sort((a, b) => a.start - b.start);
}
