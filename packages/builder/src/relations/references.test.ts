// Pronouns resolved on hand-annotated UD parses of invented sentences (fixtures/reference*.conllu).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EntityType } from "@newskg/graph-model";
import { describe, expect, it } from "vitest";
import { docFromConllu } from "../nlp/docFromConllu.js";
import { resolveReferences } from "./references.js";
import type { EntitySpan } from "./types.js";

/** Each pronoun of a fixture with the name it was resolved to ("?" when none), as "sentence:word -> name". */
function referencesOf(fixture: string, marks: [string, EntityType][]): string[] {
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
    if (doc.upos[t] !== "PRON") continue;
    const r = refs.find((s) => s.start === t);
    out.push(`${doc.sentOf[t]}:${doc.words[t]} -> ${r ? marks[r.entity]![0] : "?"}`);
  }
  return out;
}

describe("references", () => {
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
});
