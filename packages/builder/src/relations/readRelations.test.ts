// Relations read from hand-annotated UD parses of invented sentences (fixtures/*.conllu).
import type { EntityType } from "@newskg/graph-model";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { docFromConllu } from "../nlp/docFromConllu.js";
import { relationsFromParse, type EntitySpan } from "./index.js";

type Mark = [surface: string, type: EntityType, flags?: Partial<EntitySpan>];

/** Relations of a fixture with the given names marked (every occurrence; one entity per surface). */
function relationsOf(fixture: string, marks: Mark[]): string[] {
  const doc = docFromConllu(readFileSync(join(import.meta.dirname, "fixtures", `${fixture}.conllu`), "utf8"));
  const names: EntitySpan[] = [];
  marks.forEach(([surface, type, flags], entity) => {
    const words = surface.split(" ");
    for (let i = 0; i + words.length <= doc.length; i++)
      if (words.every((w, k) => doc.words[i + k] === w))
        names.push({ start: i, end: i + words.length, entity, type, ...flags });
  });
  names.sort((a, b) => a.start - b.start);
  const { relations } = relationsFromParse(doc, names, [], (e) => marks[e]?.[1] ?? "PERSON");
  const label = (e: number): string => marks[e]?.[0] ?? "?";
  return [...new Set(relations.map((r) => `${label(r.source)} -${r.category}-> ${label(r.target)}`))].sort();
}

describe("relations from the parse", () => {
  it("shares an object through coordination and places an organization named by a common noun", () => {
    const r = relationsOf("coordination", [
      ["Police", "ORGANIZATION"],
      ["Varnsk", "LOCATION"],
      ["Tomas Brell", "PERSON"],
      ["Ilse Marn", "PERSON"],
    ]);
    expect(r).toContain("Police -COERCION-> Tomas Brell");
    expect(r).toContain("Police -COERCION-> Ilse Marn");
    expect(r).toContain("Police -LOCATION-> Varnsk");
  });

  it("reads a title with a nationality before a name as a role", () => {
    const r = relationsOf("control", [
      ["Ruritanian", "COUNTRY", { adjective: true }],
      ["Anna Kovel", "PERSON"],
      ["Marek Dvor", "PERSON"],
    ]);
    expect(r).toContain("Anna Kovel -ROLE-> Ruritanian");
    expect(r).toContain("Anna Kovel -STATEMENT-> Marek Dvor");
  });

  it("reads a relative clause's gap and the main clause around it", () => {
    const r = relationsOf("relative", [
      ["Dorvan Times", "ORGANIZATION"],
      ["Radio Kell", "ORGANIZATION"],
      ["Velland", "COUNTRY"],
    ]);
    expect(r).toContain("Radio Kell -PART_OF-> Dorvan Times");
    expect(r).toContain("Dorvan Times -OPPOSITION-> Velland");
  });

  it("reads an appositive title, the audience of a speech verb and the reported clause with a description", () => {
    const r = relationsOf("speech", [
      ["Jana Holt", "PERSON"],
      ["Merrow Party", "ORGANIZATION"],
      ["Radio Kell", "ORGANIZATION"],
      ["Velland", "COUNTRY"],
    ]);
    expect(r).toContain("Jana Holt -ROLE-> Merrow Party");
    expect(r).toContain("Jana Holt -STATEMENT-> Radio Kell");
    expect(r).toContain("Merrow Party -OPPOSITION-> Velland");
  });

  it("relates coordinated subjects of a light verb with an event noun", () => {
    const r = relationsOf("pact", [
      ["Velland", "COUNTRY"],
      ["Tarsia", "COUNTRY"],
      ["Porvik", "LOCATION"],
    ]);
    expect(r).toContain("Velland -ALLIANCE-> Tarsia");
  });

  it("reads birthplaces and City, Country, and where the person is from through the chain", () => {
    const r = relationsOf("origin", [
      ["Karl Ostin", "PERSON"],
      ["Brenholm", "LOCATION"],
      ["Tarsia", "COUNTRY"],
    ]);
    expect(r).toEqual(["Brenholm -LOCATION-> Tarsia", "Karl Ostin -ORIGIN-> Brenholm", "Karl Ostin -ORIGIN-> Tarsia"]);
  });

  it("takes a passive's agent from by-phrases and possessed bodies as part of their country", () => {
    const r = relationsOf("passive", [
      ["Mira Sand", "PERSON"],
      ["Velland", "COUNTRY"],
      ["army", "ORGANIZATION"],
    ]);
    expect(r).toContain("army -COERCION-> Mira Sand");
    expect(r).toContain("army -PART_OF-> Velland");
  });

  it("reads nominal predicates with a possessive agent", () => {
    const r = relationsOf("nominal", [
      ["Tarsia", "COUNTRY"],
      ["Velland", "COUNTRY"],
      ["Merrow Party", "ORGANIZATION"],
    ]);
    expect(r).toContain("Tarsia -VIOLENCE-> Velland");
  });

  it("lets a nationality on a people noun stand for its country", () => {
    const r = relationsOf("movement", [
      ["Vellandic", "COUNTRY", { adjective: true }],
      ["Tarsia", "COUNTRY"],
    ]);
    expect(r).toEqual(["Vellandic -MOVEMENT-> Tarsia"]);
  });

  it("resolves pronouns by subject preference and binding", () => {
    const r = relationsOf("pronoun", [
      ["Anna Kovel", "PERSON"],
      ["Marek Dvor", "PERSON"],
      ["Porvik", "LOCATION"],
    ]);
    expect(r).toContain("Anna Kovel -STATEMENT-> Marek Dvor");
    expect(r).toContain("Anna Kovel -SUPPORT-> Marek Dvor");
    expect(r).not.toContain("Marek Dvor -SUPPORT-> Anna Kovel");
  });

  it("reads X-based and hiring", () => {
    const r = relationsOf("based", [
      ["Porvik-based", "LOCATION", { based: true }],
      ["Halvard Group", "ORGANIZATION"],
      ["Tomas Brell", "PERSON"],
    ]);
    expect(r).toContain("Tomas Brell -ROLE-> Halvard Group");
  });
});
