import { describe, expect, it } from "vitest";
import { extractDocument } from "./extractDocument.js";
import { resolveAcrossDocuments } from "./resolveAcrossDocuments.js";
import { dictionaryTagger } from "./testing/dictionaryTagger.js";

const tagger = dictionaryTagger({
  "Maria Okafor": "PER",
  Okafor: "PER",
  Lagos: "LOC",
  Accra: "LOC",
  "Okafor Holdings": "ORG",
});
const doc = (docKey: string, text: string) =>
  extractDocument({ docKey, file: `${docKey}.md`, title: docKey, text }, tagger);

describe("resolveAcrossDocuments", () => {
  it("merges people by full name and surname, countries by ISO code, with readable keys", () => {
    const a = doc(
      "doc:a",
      "Nigerian Finance Minister Maria Okafor arrived in Lagos. Police in Lagos arrested two men.",
    );
    const b = doc(
      "doc:b",
      "Okafor said Nigeria would cooperate. Police in Accra detained a man. Ghana welcomed the talks.",
    );
    const { entities, keyOf } = resolveAcrossDocuments([b, a]);
    const okafor = entities.find((e) => e.key === "person:maria-okafor")!;
    expect(okafor.docs.sort()).toEqual(["doc:a", "doc:b"]);
    expect(okafor.aliases).toEqual(expect.arrayContaining(["Maria Okafor", "Okafor"]));
    expect(okafor.roles).toEqual(["Finance Minister"]);
    const nigeria = entities.find((e) => e.key === "country:ng")!;
    expect(nigeria.aliases).toEqual(expect.arrayContaining(["Nigeria", "Nigerian"]));
    expect(nigeria.docs).toHaveLength(2);
    // Two police forces share the alias "police" but are different organizations.
    const police = entities.filter((e) => e.type === "ORGANIZATION" && e.label.endsWith("police"));
    expect(police.map((e) => e.key).sort()).toEqual(["organization:accra-police", "organization:lagos-police"]);
    for (const x of [a, b]) for (const e of x.entities) expect(keyOf.get(`${x.docKey}#${e.localId}`)).toBeDefined();
  });

  it("does not merge a surname shared by two full names", () => {
    const tg = dictionaryTagger({ "Maria Okafor": "PER", "John Okafor": "PER", Okafor: "PER" });
    const a = extractDocument({ docKey: "doc:a", file: "a", title: "a", text: "Maria Okafor spoke." }, tg);
    const b = extractDocument({ docKey: "doc:b", file: "b", title: "b", text: "John Okafor spoke." }, tg);
    const c = extractDocument({ docKey: "doc:c", file: "c", title: "c", text: "Okafor spoke." }, tg);
    const { entities } = resolveAcrossDocuments([a, b, c]);
    expect(entities.filter((e) => e.type === "PERSON")).toHaveLength(3);
  });

  it("merges events of one kind only when their countries agree", () => {
    const tg = dictionaryTagger({});
    const ev = (k: string, text: string) => extractDocument({ docKey: k, file: k, title: k, text }, tg);
    const a = ev("doc:a", "Kenya held a snap election. The snap election in Kenya was calm.");
    const b = ev("doc:b", "Peru held a snap election. The snap election in Peru was tense.");
    const c = ev("doc:c", "Observers praised the snap election. The snap election was calm.");
    const { entities } = resolveAcrossDocuments([a, b, c]);
    const events = entities.filter((e) => e.type === "EVENT");
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.docs.length).sort()).toEqual([1, 2]);
  });

  it("merges an institution named with its country's name or adjective, not another country's", () => {
    const tg = dictionaryTagger({ "Interior Ministry": "ORG" });
    const d = (k: string, text: string) => extractDocument({ docKey: k, file: k, title: k, text }, tg);
    const { entities } = resolveAcrossDocuments([
      d("doc:a", "The Kazakh Interior Ministry said 98,000 people entered."),
      d("doc:b", "Kazakhstan's Interior Ministry said more came."),
      d("doc:c", "Georgia's Interior Ministry said it was ready."),
    ]);
    const ministries = entities.filter((e) => e.type === "ORGANIZATION");
    expect(ministries).toHaveLength(2);
  });

  it("is independent of input order", () => {
    const a = doc("doc:a", "Maria Okafor arrived in Lagos.");
    const b = doc("doc:b", "Okafor left Lagos for Accra.");
    const r1 = resolveAcrossDocuments([a, b]);
    const r2 = resolveAcrossDocuments([b, a]);
    expect(r1.entities.map((e) => e.key)).toEqual(r2.entities.map((e) => e.key));
  });
});
