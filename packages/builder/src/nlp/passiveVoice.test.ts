import { describe, expect, it } from "vitest";
import { analysisFromRows } from "./testing.js";
import { passiveVoice } from "./passiveVoice.js";

const analysis = analysisFromRows;

describe("passiveVoice", () => {
  it("relabels an agent without 'by' as a plain oblique", () => {
    const { words, a } = analysis([
      ["Crowds", "NOUN", 2, "nsubj"],
      ["marched", "VERB", 0, "root"],
      ["against", "ADP", 4, "case"],
      ["cuts", "NOUN", 2, "obl:agent"],
    ]);
    passiveVoice(words, a);
    expect(a.deprel[3]).toBe("obl");
  });

  it("makes a form of 'be' before a past participle the passive auxiliary, and the 'by' phrase the agent", () => {
    const { words, a } = analysis([
      ["Ada", "PROPN", 3, "nsubj"],
      ["was", "AUX", 3, "aux"],
      ["beaten", "VERB", 0, "root"],
      ["by", "ADP", 5, "case"],
      ["guards", "NOUN", 3, "obl"],
    ]);
    a.lemma[2] = "beat";
    passiveVoice(words, a);
    expect([a.deprel[0], a.deprel[1], a.deprel[4]]).toEqual(["nsubj:pass", "aux:pass", "obl:agent"]);
  });

  it("leaves 'be' before an '-ing' form a plain auxiliary", () => {
    const { words, a } = analysis([
      ["Ada", "PROPN", 3, "nsubj"],
      ["was", "AUX", 3, "aux"],
      ["beating", "VERB", 0, "root"],
      ["drums", "NOUN", 3, "obj"],
    ]);
    a.lemma[2] = "beat";
    passiveVoice(words, a);
    expect([a.deprel[0], a.deprel[1]]).toEqual(["nsubj", "aux"]);
  });

  it("labels a 'by' oblique of a passive verb the agent", () => {
    const { words, a } = analysis([
      ["It", "PRON", 3, "nsubj:pass"],
      ["was", "AUX", 3, "aux:pass"],
      ["signed", "VERB", 0, "root"],
      ["by", "ADP", 5, "case"],
      ["envoys", "NOUN", 3, "obl"],
    ]);
    passiveVoice(words, a);
    expect(a.deprel[4]).toBe("obl:agent");
  });

  it("labels a 'by' oblique of a participle modifying a noun the agent, not one of an active verb", () => {
    const reduced = analysis([
      ["plans", "NOUN", 0, "root"],
      ["drawn", "VERB", 1, "acl"],
      ["by", "ADP", 4, "case"],
      ["experts", "NOUN", 2, "obl"],
    ]);
    reduced.a.lemma[1] = "draw";
    passiveVoice(reduced.words, reduced.a);
    expect(reduced.a.deprel[3]).toBe("obl:agent");
    const active = analysis([
      ["She", "PRON", 2, "nsubj"],
      ["left", "VERB", 0, "root"],
      ["by", "ADP", 4, "case"],
      ["train", "NOUN", 2, "obl"],
    ]);
    passiveVoice(active.words, active.a);
    expect(active.a.deprel[3]).toBe("obl");
  });
});

describe("passiveVoice subjects", () => {
  it("sets the subject's voice from the passive auxiliary", () => {
    const { words, a } = analysis([
      ["Aid", "NOUN", 3, "nsubj"],
      ["was", "AUX", 3, "aux:pass"],
      ["sent", "VERB", 0, "root"],
      ["and", "CCONJ", 6, "cc"],
      ["crews", "NOUN", 6, "nsubj:pass"],
      ["left", "VERB", 3, "conj"],
    ]);
    passiveVoice(words, a);
    expect([a.deprel[0], a.deprel[4]]).toEqual(["nsubj:pass", "nsubj"]);
  });
});
