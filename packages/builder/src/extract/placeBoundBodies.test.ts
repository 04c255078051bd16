// "<Place> police": the name before a place-bound body noun is a place and the body an organization anchored to it,
// on invented text with a dictionary NER double (and the shipped parser) that makes the tagger's error (the place typed as an organization).
import { describe, expect, it } from "vitest";
import { extractionOfText } from "./testing/extractionOfText.js";
import type { DocumentExtraction } from "./types.js";

const extract = extractionOfText({ Porvik: "ORG", Varnsk: "LOC", KDF: "ORG", "Halvard Group": "ORG" });
const typeOf = (x: DocumentExtraction, label: string) => x.entities.find((e) => e.label === label)?.type;

describe("place-bound bodies", () => {
  it("reads the name before 'police' as the place, whatever type the tagger gave it", () => {
    const x = extract("Porvik police arrested two men on Monday. Varnsk prosecutors charged them.");
    expect(typeOf(x, "Porvik")).toBe("LOCATION");
    expect(typeOf(x, "Porvik police")).toBe("ORGANIZATION");
    expect(typeOf(x, "Varnsk prosecutors")).toBe("ORGANIZATION");
    const police = x.entities.find((e) => e.label === "Porvik police")!;
    const porvik = x.entities.find((e) => e.label === "Porvik")!;
    expect(x.relations).toContainEqual(
      expect.objectContaining({ source: police.localId, target: porvik.localId, category: "LOCATION" }),
    );
  });

  it("keeps an acronym or an organization's name before the noun an organization", () => {
    const x = extract("KDF police patrolled the camp. Halvard Group police guarded the mine.");
    expect(typeOf(x, "KDF")).toBe("ORGANIZATION");
    expect(typeOf(x, "Halvard Group")).toBe("ORGANIZATION");
  });
});
