// Founders and hires: a name the parse split between a clause and that clause's subject, a subjectless clause of
// hiring sharing its governing clause's subject, and agentless passives of founding that must not borrow an
// earlier sentence's founder. Readings through the whole extractor (dictionary NER double, shipped parser), on
// invented sentences.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({
  "Edda Brin": "PER",
  "Karel Vost": "PER",
  "Ivo Tamm": "PER",
  "Lena Marsh": "PER",
  "Varn Workers Party": "ORG",
  "Harwick Records": "ORG",
  "Holm Foundation": "ORG",
  "Sarn Institute": "ORG",
});

describe("founders", () => {
  it("reads the founder of an organization whose name the parse split around its verb", () => {
    expect(relations("The Varn Workers Party was established by Karel Vost in 1920.")).toContain(
      "Karel Vost -ROLE-> Varn Workers Party",
    );
  });

  it("reads a participle of establishing or forming on an organization's name with its agent", () => {
    expect(relations("The Holm Foundation, established by Edda Brin, gave grants.")).toContain(
      "Edda Brin -ROLE-> Holm Foundation",
    );
  });

  it("does not give an agentless founding the founder of an earlier one", () => {
    const read = relations("Edda Brin founded the Holm Foundation in 1990. The Sarn Institute was founded in 1961.");
    expect(read).toContain("Edda Brin -ROLE-> Holm Foundation");
    expect(read).not.toContain("Edda Brin -ROLE-> Sarn Institute");
  });
});

describe("hires", () => {
  it("gives a subjectless clause of hiring the organization its governing clause is about", () => {
    expect(relations("Harwick Records dropped two bands in May and signed Ivo Tamm.")).toContain(
      "Ivo Tamm -ROLE-> Harwick Records",
    );
    expect(relations("Harwick Records grew fast, hiring Ivo Tamm as its producer.")).toContain(
      "Ivo Tamm -ROLE-> Harwick Records",
    );
  });
});
