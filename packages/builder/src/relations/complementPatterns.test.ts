// CAMEO dictionary patterns whose "to" phrase is an infinitive ("REFUSE * TO MEET +": rejecting a proposal to meet,
// 125), read on the parse's xcomp through the whole extractor (dictionary NER double, shipped parser) on invented
// sentences. The complement's own event stays unread under a verb of not doing.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({ "Tomas Brell": "PER", "Ilse Varga": "PER" });

describe("infinitive complements in dictionary patterns", () => {
  it("reads refusing to meet someone as rejection, not as a meeting", () => {
    const r = relations("Tomas Brell refused to meet Ilse Varga on Monday.");
    expect(r).toContain("Tomas Brell -OPPOSITION-> Ilse Varga");
    expect(r).not.toContain("Tomas Brell -STATEMENT-> Ilse Varga");
  });
});
