// Static readings of constructions common in encyclopedic and wire text, on UD parses of invented sentences with
// the attachments a greedy parser gives them (fixtures/*.conllu).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { docFromConllu } from "../nlp/docFromConllu.js";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";
import { relationsFromParse } from "./index.js";

describe("encyclopedic and wire constructions", () => {
  it("places a town in the country a compass adjective qualifies ('Town, northern Country')", () => {
    const r = relationsOf("compassChain", [
      ["Kervan", "LOCATION"],
      ["Ruritania", "COUNTRY"],
    ]);
    expect(r).toContain("Kervan -LOCATION-> Ruritania");
  });

  it("reads the jurisdiction of a title before a name from the name's 'of' phrase ('Governor X of Y')", () => {
    const r = relationsOf("titleOfPlace", [
      ["Lina Marsk", "PERSON"],
      ["Oberland", "LOCATION"],
    ]);
    expect(r).toEqual(["Lina Marsk -ROLE-> Oberland"]);
  });

  it("reads a relative clause set off after a name that the parse hung on the main verb", () => {
    const r = relationsOf("relativeAfterName", [
      ["Dirk Pauls", "PERSON"],
      ["Vantix Systems", "ORGANIZATION"],
    ]);
    expect(r).toContain("Dirk Pauls -ROLE-> Vantix Systems");
  });

  it("reads a nationality opening a run of descriptor nouns before a person's name as ORIGIN", () => {
    const r = relationsOf("nationalityRun", [
      ["Lina Ekdal", "PERSON"],
      ["Ruritanian", "COUNTRY", { adjective: true }],
    ]);
    expect(r).toContain("Lina Ekdal -ORIGIN-> Ruritanian");
  });

  it("reads no nationality across a verb between the adjective's noun and the name", () => {
    const r = relationsOf("nationalityNoRun", [
      ["Lina Ekdal", "PERSON"],
      ["Ruritanian", "COUNTRY", { adjective: true }],
    ]);
    expect(r.filter((x) => x.includes("-ORIGIN->"))).toEqual([]);
  });

  it("places an organization whose name closes with 'of' and a country in that country", () => {
    const doc = docFromConllu(readFileSync(join(import.meta.dirname, "fixtures/organizationOfPlace.conllu"), "utf8"));
    const org = { start: 0, end: 4, entity: 0, type: "ORGANIZATION" as const };
    const country = { start: 3, end: 4, entity: 1, type: "COUNTRY" as const, nested: true };
    const { relations } = relationsFromParse(doc, [org], [country], (e) => (e === 0 ? "ORGANIZATION" : "COUNTRY"));
    const read = relations.map((r) => `${r.source} -${r.category}-> ${r.target}`);
    expect(read).toContain("0 -LOCATION-> 1");
    expect(read).not.toContain("0 -PART_OF-> 1");
  });
});
