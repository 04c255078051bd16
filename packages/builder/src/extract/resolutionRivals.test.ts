// Cross-document resolution keeps apart what only shares a name: a town and its football club, people who share
// a first name, rival parties; and joins what is one: a place and the organization that is the place acting, a
// party and its nickname. Invented names (the parties are the real ones data/party-aliases.json lists).
import type { EntityType } from "@newskg/graph-model";
import { describe, expect, it } from "vitest";
import { resolveAcrossDocuments } from "./resolveAcrossDocuments.js";
import type { DocumentExtraction, ExtractedEntity, ExtractedRelation } from "./types.js";

type Spec = [type: EntityType, label: string, aliases?: string[]];

/** An article with these entities (e0, e1, ...) and relations between them by index. */
function article(docKey: string, specs: Spec[], relations: [from: number, to: number, category: string][] = []) {
  const entities: ExtractedEntity[] = specs.map(([type, label, aliases = []], i) => ({
    localId: `e${i}`,
    type,
    label,
    aliases: [...new Set([label, ...aliases])],
    roles: [],
    mentions: [label, ...aliases].map((text, m) => ({
      doc: docKey,
      start: m * 10,
      end: m * 10 + 5,
      text,
      sentence: m,
    })),
  }));
  const rels: ExtractedRelation[] = relations.map(([from, to, category]) => ({
    source: `e${from}`,
    target: `e${to}`,
    category: category as ExtractedRelation["category"],
    label: category.toLowerCase(),
    confidence: 0.9,
    evidence: [],
  }));
  const d: DocumentExtraction = { docKey, sentenceCount: 3, wordCount: 40, entities, relations: rels, warnings: [] };
  return d;
}

const docsOf = (entities: ReturnType<typeof resolveAcrossDocuments>["entities"], label: string) =>
  entities.filter((e) => e.aliases.includes(label)).map((e) => `${e.type} ${[...e.docs].sort().join(",")}`);

describe("resolution of names several things share", () => {
  it("keeps a town and its club apart: the club is a body someone holds a role at", () => {
    const { entities } = resolveAcrossDocuments([
      article("doc:a", [["LOCATION", "Marrowby"]]),
      article("doc:b", [
        ["LOCATION", "Marrowby"],
        ["PERSON", "Ines Varga"],
      ]),
      article(
        "doc:c",
        [
          ["ORGANIZATION", "Marrowby"],
          ["PERSON", "Tomas Brel"],
        ],
        [[1, 0, "ROLE"]],
      ),
      article("doc:d", [["ORGANIZATION", "Marrowby"]]),
    ]);
    expect(docsOf(entities, "Marrowby").sort()).toEqual(["LOCATION doc:a,doc:b", "ORGANIZATION doc:c,doc:d"]);
  });

  it("keeps a town apart from a club named by its short form elsewhere", () => {
    const { entities } = resolveAcrossDocuments([
      article("doc:a", [["LOCATION", "Marrowby"]]),
      article("doc:b", [["ORGANIZATION", "Marrowby"]]),
      article("doc:c", [["ORGANIZATION", "Marrowby Rovers", ["Marrowby"]]]),
    ]);
    expect(docsOf(entities, "Marrowby").sort()).toEqual(["LOCATION doc:a", "ORGANIZATION doc:b,doc:c"]);
  });

  it("makes one entity of a place and the organization that is the place acting (its government)", () => {
    const { entities } = resolveAcrossDocuments([
      article("doc:a", [["LOCATION", "Kettle Lane"]]),
      article("doc:b", [
        ["ORGANIZATION", "Kettle Lane"],
        ["ORGANIZATION", "Tarn Party"],
      ]),
      article("doc:c", [["LOCATION", "Kettle Lane"]]),
    ]);
    expect(docsOf(entities, "Kettle Lane")).toEqual(["LOCATION doc:a,doc:b,doc:c"]);
  });

  it("never joins people of other articles by a first name alone, but does by a surname", () => {
    const { entities } = resolveAcrossDocuments([
      article("doc:a", [
        ["PERSON", "Edwin Pollard"],
        ["PERSON", "Edwin"],
      ]),
      article("doc:b", [["PERSON", "Edwin"]]),
      article("doc:c", [["PERSON", "Edwin"]]),
      article("doc:d", [["PERSON", "Edwin Harcastle"]]),
      // "Milton" ends more full names than it starts: a surname here.
      article("doc:e", [
        ["PERSON", "Rosa Milton"],
        ["PERSON", "Dan Milton"],
      ]),
      article("doc:f", [["PERSON", "Milton"]]),
      article("doc:g", [["PERSON", "Milton"]]),
    ]);
    // The lone "Edwin"s stay apart (the one beside "Edwin Pollard" is folded there by buildEntities, not here).
    expect(docsOf(entities, "Edwin").sort()).toEqual(["PERSON doc:a", "PERSON doc:b", "PERSON doc:c"]);
    expect(docsOf(entities, "Edwin Pollard")).toEqual(["PERSON doc:a"]);
    expect(docsOf(entities, "Milton")).toEqual(["PERSON doc:f,doc:g"]);
  });

  it("joins a party's nickname with the party and never two parties", () => {
    const { entities } = resolveAcrossDocuments([
      article("doc:a", [["ORGANIZATION", "Conservative Party", ["Conservatives"]]]),
      article("doc:b", [
        ["ORGANIZATION", "Tories"],
        ["ORGANIZATION", "Labour Party"],
      ]),
      article("doc:c", [
        ["ORGANIZATION", "Tory"],
        ["ORGANIZATION", "Lib Dems"],
      ]),
      article("doc:d", [
        ["ORGANIZATION", "Liberal Democrats"],
        ["ORGANIZATION", "New Labour"],
      ]),
      article("doc:e", [["ORGANIZATION", "Labour"]]),
      article("doc:f", [["ORGANIZATION", "Tories"]]),
    ]);
    const parties = entities.map((e) => `${e.label}: ${[...e.docs].sort().join(",")}`).sort();
    expect(parties).toHaveLength(3);
    expect(docsOf(entities, "Tories")).toEqual(["ORGANIZATION doc:a,doc:b,doc:c,doc:f"]);
    // Labelled by the party's name though its nicknames are named more often.
    expect(entities.find((e) => e.aliases.includes("Tories"))?.label).toBe("Conservative Party");
    expect(docsOf(entities, "Lib Dems")).toEqual(["ORGANIZATION doc:c,doc:d"]);
    expect(docsOf(entities, "Labour Party")).toEqual(["ORGANIZATION doc:b,doc:d,doc:e"]);
  });
});
