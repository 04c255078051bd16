// A place inside an organization's name: the name stays whole and the place is a mention nested in it that anchors
// the organization (in a place, part of a country), on invented text with a dictionary NER double.
import { describe, expect, it } from "vitest";
import { extractionOfText } from "./testing/extractionOfText.js";
import type { DocumentExtraction } from "./types.js";

const extract = extractionOfText({
  "Halvard Bank of Norway": "ORG",
  "Norwegian Fjord Guard": "ORG",
  Varnsk: "LOC",
  "University of Varnsk": "ORG",
  "Varnsk City Council": "ORG",
  "Varnsk Accord": "ORG",
  "Kesko School": "ORG",
  "Ilse Kesko": "PER",
  "Campaign for Norway": "ORG",
  "Norway and Sweden": "ORG",
});
function edge(x: DocumentExtraction, source: string, target: string) {
  const id = (label: string) => x.entities.find((e) => e.label === label)?.localId;
  return x.relations.find((r) => r.source === id(source) && r.target === id(target));
}

describe("places inside organizations' names", () => {
  it("keeps a name holding a country whole and places the organization in it", () => {
    const x = extract("She sits on the board of the Halvard Bank of Norway. The Norwegian Fjord Guard seized a boat.");
    expect(x.entities.map((e) => e.label)).toEqual(
      expect.arrayContaining(["Halvard Bank of Norway", "Norwegian Fjord Guard", "Norway"]),
    );
    expect(edge(x, "Halvard Bank of Norway", "Norway")?.category).toBe("LOCATION");
    // A state body named with its country is part of it.
    expect(edge(x, "Norwegian Fjord Guard", "Norway")?.category).toBe("PART_OF");
  });

  it("reads a place the article names on its own inside an organization's name, leading it or after 'of'", () => {
    const x = extract(
      "Floods reached Varnsk on Monday. Students at the University of Varnsk and the Varnsk City Council asked for help.",
    );
    expect(edge(x, "University of Varnsk", "Varnsk")?.category).toBe("LOCATION");
    expect(edge(x, "Varnsk City Council", "Varnsk")?.category).toBe("LOCATION");
  });

  it("reads no place from a person's name, an accord named after a place, or a country after 'for'", () => {
    const x = extract(
      "Ilse Kesko opened the Kesko School in Varnsk. The Varnsk Accord was signed. The Campaign for Norway met.",
    );
    expect(edge(x, "Kesko School", "Kesko")).toBeUndefined();
    expect(edge(x, "Varnsk Accord", "Varnsk")).toBeUndefined();
    expect(x.entities.some((e) => e.label === "Campaign for Norway")).toBe(false);
  });

  it("does not wrap a list of countries tagged as one organization", () => {
    const x = extract("Norway and Sweden signed the pact.");
    const labels = x.entities.map((e) => e.label);
    expect(labels).toContain("Sweden");
    expect(labels).not.toContain("Norway and Sweden");
  });
});
