// Passive acts of force read with their "by" agent, through the whole extractor (dictionary NER double, shipped
// parser) on invented sentences: an active pattern's "by" slot in the CAMEO dictionary ("attack * BY +") does not
// take a passive's agent for the target, and "was beaten" parsed with a plain auxiliary is a passive.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({
  "Tomas Brell": "PER",
  "Ilse Varga": "PER",
  "Porvik Liberation Front": "ORG",
});

describe("passive acts of force", () => {
  it("reads 'X was attacked by Y' as Y's violence against X", () => {
    expect(relations("Tomas Brell was attacked by Ilse Varga outside the court.")).toContain(
      "Ilse Varga -VIOLENCE-> Tomas Brell",
    );
  });

  it("reads 'X was beaten by members of Y' as Y's violence against X", () => {
    expect(relations("Tomas Brell was beaten by members of the Porvik Liberation Front.")).toContain(
      "Porvik Liberation Front -VIOLENCE-> Tomas Brell",
    );
  });
});
