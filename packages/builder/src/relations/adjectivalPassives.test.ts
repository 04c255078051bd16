// Passive participles the tagger read as adjectives, on UD parses of invented sentences with the tagger's error
// (fixtures/adjectivalPassives.conllu): with a copula and a "by" phrase, a participle of a verb the CAMEO
// dictionary knows is read as that verb's passive (repairAdjectivalPassives); other adjectives stay adjectives.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { docFromConllu } from "../nlp/docFromConllu.js";
import { repairAdjectivalPassives } from "./adjectivalPassives.js";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("adjectivalPassives", [
  ["Dray Militia", "ORGANIZATION"],
  ["Tarsia Police", "ORGANIZATION"],
  ["Pell Adair", "PERSON"],
  ["Kira Dunmore", "PERSON"],
  ["Tomas Brell", "PERSON"],
]);

describe("a copular participle with a 'by' phrase", () => {
  it("is relabelled as a passive verb with its agent", () => {
    const doc = docFromConllu(readFileSync(join(import.meta.dirname, "fixtures/adjectivalPassives.conllu"), "utf8"));
    repairAdjectivalPassives(doc);
    expect([doc.upos[3], doc.lemma[3], doc.deprel[2], doc.deprel[0], doc.deprel[7]]).toEqual([
      "VERB",
      "beat",
      "aux:pass",
      "nsubj:pass",
      "obl:agent",
    ]);
    // "unimpressed" is no verb the dictionary knows.
    const t = doc.words.indexOf("unimpressed");
    expect(doc.upos[t]).toBe("ADJ");
  });

  it("reads the act of its agent on its subject", () => {
    expect(r).toContain("Dray Militia -VIOLENCE-> Pell Adair");
    expect(r).toContain("Tarsia Police -VIOLENCE-> Kira Dunmore");
  });

  it("reads nothing from an adjective that is no participle of a known verb", () => {
    expect(r.filter((x) => x.includes("Tomas Brell"))).toEqual([]);
  });
});
