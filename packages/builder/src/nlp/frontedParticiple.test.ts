import { describe, expect, it } from "vitest";
import { frontedParticiple } from "./frontedParticiple.js";
import { analysisFromRows } from "./testing.js";

describe("frontedParticiple", () => {
  it("takes the main verb back from an opening participle that the parse made the root", () => {
    // "Born in Varnsk to a teacher , Dana Pike moved to Porvik ." with "moved" read as a relative on "teacher".
    const { words, a } = analysisFromRows([
      ["Born", "VERB", 0, "root"],
      ["in", "ADP", 3, "case"],
      ["Varnsk", "PROPN", 1, "obl"],
      ["to", "ADP", 6, "case"],
      ["a", "DET", 6, "det"],
      ["teacher", "NOUN", 1, "obl"],
      [",", "PUNCT", 8, "punct"],
      ["Dana", "PROPN", 10, "nsubj"],
      ["Pike", "PROPN", 8, "flat"],
      ["moved", "VERB", 6, "acl:relcl"],
      ["to", "ADP", 12, "case"],
      ["Porvik", "PROPN", 10, "obl"],
      [".", "PUNCT", 1, "punct"],
    ]);
    frontedParticiple(words, a);
    expect(a.head[9]).toBe(-1);
    expect(a.deprel[9]).toBe("root");
    expect([a.head[0], a.deprel[0]]).toEqual([9, "advcl"]);
    expect([a.head[7], a.deprel[7]]).toEqual([9, "nsubj"]);
    // The full stop follows the new root; the participle keeps its own obliques.
    expect(a.head[12]).toBe(9);
    expect(a.head[2]).toBe(0);
  });

  it("tries each comma, so a place chain inside the participle clause does not stop it", () => {
    const { words, a } = analysisFromRows([
      ["Raised", "VERB", 0, "root"],
      ["in", "ADP", 3, "case"],
      ["Porvik", "PROPN", 1, "obl"],
      [",", "PUNCT", 5, "punct"],
      ["Varnsk", "PROPN", 3, "appos"],
      [",", "PUNCT", 7, "punct"],
      ["Ilse", "PROPN", 8, "nsubj"],
      ["studied", "VERB", 1, "ccomp"],
      ["law", "NOUN", 8, "obj"],
      [".", "PUNCT", 1, "punct"],
    ]);
    frontedParticiple(words, a);
    expect(a.deprel[7]).toBe("root");
    expect([a.head[0], a.deprel[0]]).toEqual([7, "advcl"]);
    expect([a.head[6], a.deprel[6]]).toEqual([7, "nsubj"]);
  });

  it("leaves a participle with a subject or auxiliary of its own, and an -ing opener, alone", () => {
    const finite = analysisFromRows([
      ["Officials", "NOUN", 2, "nsubj"],
      ["arrested", "VERB", 0, "root"],
      ["him", "PRON", 2, "obj"],
      [",", "PUNCT", 6, "punct"],
      ["police", "NOUN", 6, "nsubj"],
      ["said", "VERB", 2, "parataxis"],
      [".", "PUNCT", 2, "punct"],
    ]);
    frontedParticiple(finite.words, finite.a);
    expect(finite.a.deprel[1]).toBe("root");
    const gerund = analysisFromRows([
      ["Speaking", "VERB", 0, "root"],
      ["in", "ADP", 3, "case"],
      ["Porvik", "PROPN", 1, "obl"],
      [",", "PUNCT", 5, "punct"],
      ["Ilse", "PROPN", 6, "nsubj"],
      ["said", "VERB", 1, "ccomp"],
      [".", "PUNCT", 1, "punct"],
    ]);
    frontedParticiple(gerund.words, gerund.a);
    expect(gerund.a.deprel[0]).toBe("root");
  });
  it("makes an opening participle hung as the predicate's clausal subject its adverbial, and finds the subject", () => {
    // "Born in Varnsk , Dana Pike is a lawyer ." with the name read as the place's appositive.
    const { words, a } = analysisFromRows([
      ["Born", "VERB", 9, "csubj"],
      ["in", "ADP", 3, "case"],
      ["Varnsk", "PROPN", 1, "obl"],
      [",", "PUNCT", 5, "punct"],
      ["Dana", "PROPN", 3, "appos"],
      ["Pike", "PROPN", 3, "flat"],
      ["is", "AUX", 9, "cop"],
      ["a", "DET", 9, "det"],
      ["lawyer", "NOUN", 0, "root"],
      [".", "PUNCT", 9, "punct"],
    ]);
    frontedParticiple(words, a);
    expect([a.head[0], a.deprel[0]]).toEqual([8, "advcl"]);
    expect([a.head[4], a.deprel[4]]).toEqual([8, "nsubj"]);
    expect([a.head[5], a.deprel[5]]).toEqual([4, "flat"]);
    expect(a.head[2]).toBe(0);
  });

  it("relabels only the participle when the predicate already has its subject after the comma", () => {
    const { words, a } = analysisFromRows([
      ["Born", "VERB", 8, "csubj"],
      ["in", "ADP", 3, "case"],
      ["Porvik", "PROPN", 1, "obl"],
      [",", "PUNCT", 1, "punct"],
      ["Ilse", "PROPN", 8, "nsubj"],
      ["was", "AUX", 8, "cop"],
      ["a", "DET", 8, "det"],
      ["citizen", "NOUN", 0, "root"],
      [".", "PUNCT", 8, "punct"],
    ]);
    frontedParticiple(words, a);
    expect([a.head[0], a.deprel[0]]).toEqual([7, "advcl"]);
    expect([a.head[4], a.deprel[4]]).toEqual([7, "nsubj"]);
  });

  it("leaves a participle that is a real clausal subject (no comma closes it)", () => {
    const { words, a } = analysisFromRows([
      ["Hidden", "VERB", 4, "csubj"],
      ["costs", "NOUN", 1, "obj"],
      ["are", "AUX", 4, "cop"],
      ["common", "ADJ", 0, "root"],
      [".", "PUNCT", 4, "punct"],
    ]);
    frontedParticiple(words, a);
    expect(a.deprel[0]).toBe("csubj");
  });
});
