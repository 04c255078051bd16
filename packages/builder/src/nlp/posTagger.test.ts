import { describe, expect, it } from "vitest";
import { UPOS_TAGS } from "./doc.js";
import { buildTagDictionary, participleOfKnownVerb, verbAheadOf } from "./posTagger.js";
import { hashString } from "./featureHash.js";

const bit = (tag: string): number => 1 << UPOS_TAGS.indexOf(tag as (typeof UPOS_TAGS)[number]);

describe("tag dictionary", () => {
  it("gives -ed and -ing forms of verbs the training data has the verb class too", () => {
    const verbs = new Set(["advance", "stop", "carry", "walk"]);
    expect(participleOfKnownVerb("advanced", verbs)).toBe(true);
    expect(participleOfKnownVerb("advancing", verbs)).toBe(true);
    expect(participleOfKnownVerb("stopped", verbs)).toBe(true);
    expect(participleOfKnownVerb("carried", verbs)).toBe(true);
    expect(participleOfKnownVerb("walking", verbs)).toBe(true);
    expect(participleOfKnownVerb("talked", verbs)).toBe(false);
    expect(participleOfKnownVerb("red", verbs)).toBe(false);
    expect(participleOfKnownVerb("hundred", verbs)).toBe(false);
    expect(participleOfKnownVerb("thing", verbs)).toBe(false);
  });

  it("adds the VERB class to an adjective-only participle of a known verb, and to no other word", () => {
    const s = (words: string, upos: string, lemma: string) => ({
      words: words.split(" "),
      upos: upos.split(" "),
      lemma: lemma.split(" "),
    });
    const data = [
      ...Array.from({ length: 3 }, () => s("an advanced course", "DET ADJ NOUN", "a advanced course")),
      ...Array.from({ length: 3 }, () => s("they advance slowly", "PRON VERB ADV", "they advance slowly")),
      ...Array.from({ length: 3 }, () => s("a red car", "DET ADJ NOUN", "a red car")),
    ];
    const dict = buildTagDictionary(data);
    expect(dict.get("advanced")).toBe(bit("ADJ") | bit("VERB"));
    expect(dict.get("red")).toBe(bit("ADJ"));
    expect(dict.get("course")).toBe(bit("NOUN"));
  });
});

describe("verbAheadOf", () => {
  it("marks words followed by a dictionary-only verb before punctuation (1), beyond it (2) or not at all (0)", () => {
    const words = ["the", "keys", "are", "here", ",", "he", "lives", "to", "go", "."];
    const cls: Record<string, number> = {
      the: bit("DET"),
      keys: bit("NOUN") | bit("VERB"),
      are: bit("AUX"),
      here: bit("ADV"),
      ",": bit("PUNCT"),
      he: bit("PRON"),
      lives: bit("NOUN") | bit("VERB"),
      to: bit("PART") | bit("ADP"),
      go: bit("VERB"),
      ".": bit("PUNCT"),
    };
    const amb = Int32Array.from(words, (w) => cls[w] ?? 0);
    const lower = Int32Array.from(words, (w) => hashString(w));
    // "are" follows "the" and "keys"; after the comma only "go" is verbal, and it is an infinitive after "to".
    expect([...verbAheadOf(amb, lower)]).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    const later = ["it", "rains", ",", "he", "said"];
    const amb2 = Int32Array.from(later, (w) =>
      w === "said" ? bit("VERB") : w === "," ? bit("PUNCT") : w === "rains" ? bit("NOUN") | bit("VERB") : bit("PRON"),
    );
    expect([
      ...verbAheadOf(
        amb2,
        Int32Array.from(later, (w) => hashString(w)),
      ),
    ]).toEqual([2, 2, 1, 1, 0]);
  });
});
