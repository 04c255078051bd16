// A state body named by its possessor ("<Country>'s army") in an event, on the builder's UD parses of invented
// sentences (fixtures/possessedBodies.conllu), with the body's name and the country inside it marked as the
// extractor marks them: the country acts; the body stays part of it.
import type { EntityType } from "@newskg/graph-model";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { docFromConllu } from "../nlp/docFromConllu.js";
import { relationsFromParse, type EntitySpan } from "./index.js";

const doc = docFromConllu(readFileSync(join(import.meta.dirname, "fixtures/possessedBodies.conllu"), "utf8"));
const labels = ["Tarsia", "Kessel", "Tarsia army", "Tarsia police", "Dara Quist"];
const types: EntityType[] = ["COUNTRY", "LOCATION", "ORGANIZATION", "ORGANIZATION", "PERSON"];
const at = (word: string, nth = 0): number =>
  [...Array(doc.length).keys()].filter((t) => doc.words[t] === word)[nth] ?? -1;
const span = (start: number, end: number, entity: number): EntitySpan => ({
  start,
  end,
  entity,
  type: types[entity]!,
});
const names = [
  span(at("Tarsia", 0), at("army") + 1, 2),
  span(at("Kessel"), at("Kessel") + 1, 1),
  span(at("Tarsia", 1), at("police") + 1, 3),
  span(at("Dara"), at("Quist") + 1, 4),
];
const nested = [span(at("Tarsia", 0), at("Tarsia", 0) + 1, 0), span(at("Tarsia", 1), at("Tarsia", 1) + 1, 0)];
const { relations } = relationsFromParse(doc, names, nested, (e) => types[e] ?? "PERSON");
const r = relations.map((x) => `${labels[x.source]} -${x.category}-> ${labels[x.target]}`);

describe("a state body named by its possessor", () => {
  it("acts for its country in an event", () => {
    expect(r).toContain("Tarsia -VIOLENCE-> Kessel");
    expect(r).toContain("Tarsia -COERCION-> Dara Quist");
    expect(r).not.toContain("Tarsia army -VIOLENCE-> Kessel");
  });

  it("stays part of its country, with no event between the two", () => {
    expect(r).toContain("Tarsia army -PART_OF-> Tarsia");
    expect(r.filter((x) => x.startsWith("Tarsia -") && x.endsWith("-> Tarsia army"))).toEqual([]);
  });
});
