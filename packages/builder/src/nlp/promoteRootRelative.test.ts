import { describe, expect, it } from "vitest";
import { analysisFromRows } from "./testing.js";
import { promoteRootRelative } from "./promoteRootRelative.js";

const analysis = analysisFromRows;

describe("promoteRootRelative", () => {
  it("makes a past verb read as a reduced relative of a subjectless root the predicate", () => {
    const { words, a } = analysis([
      ["Port", "PROPN", 2, "compound"],
      ["officers", "NOUN", 0, "root"],
      ["detained", "VERB", 2, "acl"],
      ["Dana", "PROPN", 3, "obj"],
      ["Pike", "PROPN", 4, "flat"],
      [".", "PUNCT", 2, "punct"],
    ]);
    promoteRootRelative(words, a);
    expect(Array.from(a.head)).toEqual([1, 2, -1, 2, 3, 2]);
    expect(a.deprel).toEqual(["compound", "nsubj", "root", "obj", "flat", "punct"]);
  });

  it("does so after a name even without an object", () => {
    const { words, a } = analysis([
      ["Mira", "PROPN", 0, "root"],
      ["Tal", "PROPN", 1, "flat"],
      ["met", "VERB", 1, "acl"],
      ["reporters", "NOUN", 3, "obl:unmarked"],
      [".", "PUNCT", 1, "punct"],
    ]);
    promoteRootRelative(words, a);
    expect(a.deprel).toEqual(["nsubj", "flat", "root", "obl:unmarked", "punct"]);
    expect(a.head[0]).toBe(2);
  });

  it("makes a subjectless relative with its own auxiliary the predicate, its noun a passive subject", () => {
    const { words, a } = analysis([
      ["The", "DET", 2, "det"],
      ["museum", "NOUN", 0, "root"],
      ["was", "AUX", 4, "aux:pass"],
      ["opened", "VERB", 2, "acl:relcl"],
      ["in", "ADP", 6, "case"],
      ["1961", "NUM", 4, "obl"],
      [".", "PUNCT", 2, "punct"],
    ]);
    promoteRootRelative(words, a);
    expect(Array.from(a.head)).toEqual([1, 3, 3, -1, 5, 3, 3]);
    expect(a.deprel).toEqual(["det", "nsubj:pass", "aux:pass", "root", "case", "obl", "punct"]);
  });

  it("leaves a relative with its own subject or relativizer alone", () => {
    const { words, a } = analysis([
      ["The", "DET", 2, "det"],
      ["museum", "NOUN", 0, "root"],
      ["that", "PRON", 5, "nsubj:pass"],
      ["was", "AUX", 5, "aux:pass"],
      ["opened", "VERB", 2, "acl:relcl"],
      [".", "PUNCT", 2, "punct"],
    ]);
    const before = Array.from(a.head);
    promoteRootRelative(words, a);
    expect(Array.from(a.head)).toEqual(before);
  });

  it("leaves true reduced relatives and fragments alone", () => {
    const fragment = analysis([
      ["Photos", "NOUN", 0, "root"],
      ["taken", "VERB", 1, "acl"],
      ["at", "ADP", 4, "case"],
      ["dawn", "NOUN", 2, "obl"],
    ]);
    const progressive = analysis([
      ["Crowds", "NOUN", 0, "root"],
      ["waving", "VERB", 1, "acl"],
      ["flags", "NOUN", 2, "obj"],
    ]);
    const withComma = analysis([
      ["Mira", "PROPN", 0, "root"],
      [",", "PUNCT", 3, "punct"],
      ["elected", "VERB", 1, "acl"],
      ["twice", "ADV", 3, "advmod"],
    ]);
    for (const { words, a } of [fragment, progressive, withComma]) {
      const before = Array.from(a.head);
      promoteRootRelative(words, a);
      expect(Array.from(a.head)).toEqual(before);
    }
  });
});
