// A statement written in a newspaper or magazine ("X wrote in the Y Times that ..."), through the whole extractor
// (dictionary NER double, shipped parser) on invented sentences: the outlet is read only when its name ends in a
// media word, not for a place written in.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({
  "Tomas Brell": "PER",
  "Ilse Varga": "PER",
  "Porvik Courier": "ORG",
  Lindby: "LOC",
});

describe("statements written in an outlet", () => {
  it("reads the newspaper a writer's words appeared in", () => {
    expect(relations("Tomas Brell wrote in the Porvik Courier that the plan was flawed.")).toContain(
      "Tomas Brell -STATEMENT-> Porvik Courier",
    );
  });

  it("reads no statement to a place written in", () => {
    expect(relations("Ilse Varga wrote in Lindby that the war was over.")).not.toContain(
      "Ilse Varga -STATEMENT-> Lindby",
    );
  });
});
