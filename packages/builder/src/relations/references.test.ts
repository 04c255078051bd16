// Pronouns resolved on hand-annotated UD parses of invented sentences (fixtures/reference*.conllu).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EntityType } from "@newskg/graph-model";
import { describe, expect, it } from "vitest";
import { docFromConllu } from "../nlp/docFromConllu.js";
import { relationsOfFixture } from "./fixtures/relationsOfFixture.js";
import { resolveReferences } from "./references.js";
import type { EntitySpan } from "./types.js";

/** Each pronoun of a fixture with the name it was resolved to ("?" when none), as "sentence:word -> name". */
function referencesOf(fixture: string, marks: [string, EntityType][]): string[] {
  return resolvedIn(fixture, marks, false);
}

/**
 * Each pronoun (and, with `all`, each other resolved word) of a fixture with the names it was resolved to, joined
 * by " + " when it stands for several, and "(inferred)" for a description matched by its noun.
 */
function resolvedIn(fixture: string, marks: [string, EntityType][], all = true): string[] {
  const doc = docFromConllu(readFileSync(join(import.meta.dirname, "fixtures", `${fixture}.conllu`), "utf8"));
  const names: EntitySpan[] = [];
  marks.forEach(([surface, type], entity) => {
    const words = surface.split(" ");
    for (let i = 0; i + words.length <= doc.length; i++)
      if (words.every((w, k) => doc.words[i + k] === w)) names.push({ start: i, end: i + words.length, entity, type });
  });
  names.sort((a, b) => a.start - b.start);
  const taken = new Set(names.flatMap((s) => Array.from({ length: s.end - s.start }, (_, k) => s.start + k)));
  const refs = resolveReferences(doc, names, (t) => taken.has(t));
  const out: string[] = [];
  for (let t = 0; t < doc.length; t++) {
    const r = refs.find((s) => s.start === t);
    if (doc.upos[t] !== "PRON" && !(all && r)) continue;
    const names = r ? [r.entity, ...(r.also ?? [])].map((e) => marks[e]![0]).join(" + ") : "?";
    out.push(`${doc.sentOf[t]}:${doc.words[t]} -> ${names}${r?.inferred ? " (inferred)" : ""}`);
  }
  return out;
}

describe("references", () => {
  it("reads 'the <nationality> leader' as the person named with an office of that country", () => {
    expect(
      resolvedIn("referenceNationalTitle", [
        ["Ruritanian", "COUNTRY"],
        ["Ivo Lenn", "PERSON"],
        ["Olek Brun", "PERSON"],
      ]),
    ).toEqual(["1:leader -> Ivo Lenn (inferred)", "1:him -> Olek Brun"]);
  });

  it("learns a person's gender from a gendered noun right before the name, however the parse hangs it", () => {
    // The parse made "spokeswoman" the verb: "He" still cannot be Ilse Marn.
    expect(
      referencesOf("referenceGenderNoun", [
        ["Ilse Marn", "PERSON"],
        ["Tomas Brell", "PERSON"],
      ]),
    ).toEqual(["1:He -> Tomas Brell"]);
  });

  it("reads 'the company' as the nearest organization of a business kind, not a ministry named since", () => {
    expect(
      resolvedIn("referenceDescriptionKinds", [
        ["Norwell Systems", "ORGANIZATION"],
        ["Olek Brun", "PERSON"],
        ["Velmar Ministry", "ORGANIZATION"],
      ]),
    ).toEqual([
      "1:him -> Olek Brun",
      "2:company -> Norwell Systems (inferred)",
      "3:group -> Norwell Systems (inferred)",
      "3:it -> Norwell Systems",
    ]);
  });

  it("reads 'his party' as the party named before, and no organization of an unknown kind as 'his company'", () => {
    expect(
      resolvedIn("referencePossessed", [
        ["Karlo Venn", "PERSON"],
        ["Ostrava Party", "ORGANIZATION"],
        ["Olek Brun", "PERSON"],
        ["Velmar", "ORGANIZATION"],
      ]),
    ).toEqual(["1:His -> Karlo Venn", "1:party -> Ostrava Party (inferred)", "3:Its -> Velmar", "4:His -> Olek Brun"]);
  });

  it("gives 'its spokesman Y' a role in the organization 'its' stands for", () => {
    const relations = relationsOfFixture("referencePossessed", [
      ["Karlo Venn", "PERSON"],
      ["Ostrava Party", "ORGANIZATION"],
      ["Olek Brun", "PERSON"],
      ["Velmar", "ORGANIZATION"],
      ["Ivo Lenn", "PERSON"],
    ]);
    expect(relations).toContain("Karlo Venn -ROLE-> Ostrava Party");
    expect(relations).toContain("Ivo Lenn -ROLE-> Velmar");
  });

  it("reads the body noun on 'a committee member' as the committee named before", () => {
    const marks: [string, EntityType][] = [
      ["Velmar Committee", "ORGANIZATION"],
      ["Ilse Marn", "PERSON"],
    ];
    expect(resolvedIn("referenceMemberBody", marks)).toEqual(["1:committee -> Velmar Committee (inferred)"]);
    expect(relationsOfFixture("referenceMemberBody", marks)).toContain("Ilse Marn -ROLE-> Velmar Committee");
  });

  it("keeps a gendered pronoun's person apart from its sentence's pronoun of the other gender", () => {
    // "She said that he lied": the one "She" stands for is not "he", though the text never told their genders.
    expect(
      referencesOf("referenceGenderApart", [
        ["Ilse Marn", "PERSON"],
        ["Tomas Brell", "PERSON"],
      ]),
    ).toEqual(["1:She -> Ilse Marn", "1:he -> Tomas Brell"]);
  });

  it("learns a person's gender from the noun a name is in apposition to", () => {
    // "the brother, Anton Brisk": Anton Brisk is male, so "She" can only be Ilse Marn and "He" is not her.
    expect(
      referencesOf("referenceGender", [
        ["Ilse Marn", "PERSON"],
        ["Anton Brisk", "PERSON"],
      ]),
    ).toEqual(["1:She -> Ilse Marn", "2:He -> Anton Brisk"]);
  });

  it("gives a pronoun an unnamed person stands for to no one, not to the last name", () => {
    expect(referencesOf("referenceUnnamed", [["Tomas Brell", "PERSON"]])).toEqual(["1:he -> ?", "2:he -> Tomas Brell"]);
  });

  it("reads 'they' after a plural noun of unnamed people as them, not as a group named before", () => {
    expect(
      referencesOf("referenceUnnamedGroup", [
        ["Dravists", "ORGANIZATION"],
        ["Porvik", "LOCATION"],
      ]),
    ).toEqual(["1:they -> ?", "2:they -> Dravists"]);
  });

  it("reads 'they' after names joined by 'and' as all of them, and 'the N-year-old' as the person of that age", () => {
    const marks: [string, EntityType][] = [
      ["Mara Tesk", "PERSON"],
      ["Olek Brun", "PERSON"],
      ["Porvik", "LOCATION"],
      ["Ivo Lenn", "PERSON"],
    ];
    // "The 61-year-old" is the subject of its sentence, so "them" is not Ivo Lenn but the pair "They" was.
    expect(resolvedIn("referenceCoordinated", marks)).toEqual([
      "1:They -> Mara Tesk + Olek Brun",
      "2:year-old -> Ivo Lenn (inferred)",
      "2:them -> Mara Tesk + Olek Brun",
    ]);
    expect(relationsOfFixture("referenceCoordinated", marks).filter((r) => !r.includes("LOCATION"))).toEqual([
      "Ivo Lenn -SUPPORT-> Mara Tesk",
      "Ivo Lenn -SUPPORT-> Olek Brun",
      "Mara Tesk -OPPOSITION-> Ivo Lenn",
      "Olek Brun -OPPOSITION-> Ivo Lenn",
    ]);
  });

  it("gives 'we' in a quotation to the speaker of a verb of saying other than 'say', before or after it", () => {
    // The quotation runs over two sentences after "spoke to"; "warned" attributes the one that closes before it.
    const marks: [string, EntityType][] = [
      ["Ilse Brann", "PERSON"],
      ["Radio Kell", "ORGANIZATION"],
      ["Tarsia Bank", "ORGANIZATION"],
      ["Oren Sallis", "PERSON"],
    ];
    expect(referencesOf("referenceQuoteVerbs", marks)).toEqual([
      "1:We -> Ilse Brann",
      "2:We -> Ilse Brann",
      "3:We -> Oren Sallis",
    ]);
    expect(relationsOfFixture("referenceQuoteVerbs", marks)).toContain("Ilse Brann -COERCION-> Tarsia Bank");
  });

  it("reads 'their leader' as a body named in the singular, and 'the former minister' by a role a clause gave", () => {
    expect(
      resolvedIn("referenceRoles", [
        ["Varn Workers Union", "ORGANIZATION"],
        ["Ole Brandt", "PERSON"],
        ["Anna Velde", "PERSON"],
      ]).filter((r) => !r.startsWith("3:it ")),
    ).toEqual(["1:Their -> Varn Workers Union", "2:who -> ?", "3:minister -> Anna Velde (inferred)"]);
  });
});
