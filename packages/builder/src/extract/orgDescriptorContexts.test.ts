// A person or place reading of a name that an organisation noun beside it describes ("the news agency X",
// "X magazine", "magazine, X,"), and organisations named by a place plus a body's words, through the whole
// extraction. Invented text; the dictionary NER double gives the wrong types the tagger gives such names.
import { describe, expect, it } from "vitest";
import { extractionOfText } from "./testing/extractionOfText.js";
import type { DocumentExtraction } from "./types.js";

const extract = extractionOfText({
  Varkov: "PER",
  "Ludmila Brenn": "PER",
  Ostanek: "LOC",
  "Marta Ostenko": "PER",
  Brantwick: "LOC",
  "Crisis Center": "ORG",
  "Helder Constabulary": "LOC",
});
const typeOf = (x: DocumentExtraction, label: string) => x.entities.find((e) => e.label === label)?.type;

describe("organisation nouns beside a name", () => {
  it("types a name after or before a media noun as an organisation", () => {
    const x = extract("The state news agency Varkov reported it. Cartoons ran in the Ludmila Brenn magazine.");
    expect(typeOf(x, "Varkov")).toBe("ORGANIZATION");
    expect(typeOf(x, "Ludmila Brenn")).toBe("ORGANIZATION");
  });

  it("reads the apposition between commas", () => {
    const x = extract("The group said its magazine, Ostanek, would appear monthly.");
    expect(typeOf(x, "Ostanek")).toBe("ORGANIZATION");
  });

  it("lets one described mention outvote the tagger's repeated person reading of the name", () => {
    const x = extract(
      "Varkov said the talks had ended. Varkov said more would follow. Varkov said so. The news agency Varkov said it.",
    );
    expect(typeOf(x, "Varkov")).toBe("ORGANIZATION");
  });

  it("leaves a person who talks to a newspaper a person", () => {
    const x = extract("Marta Ostenko told the local newspaper about the plan.");
    expect(typeOf(x, "Marta Ostenko")).toBe("PERSON");
  });
});

describe("organisations named by a place and a body", () => {
  it("joins the place to the organisation tagged after it, and retypes a place ending in a body head", () => {
    const x = extract("The Brantwick Crisis Center said police from the Helder Constabulary came.");
    expect(typeOf(x, "Brantwick Crisis Center")).toBe("ORGANIZATION");
    expect(typeOf(x, "Brantwick")).toBeUndefined();
    expect(typeOf(x, "Helder Constabulary")).toBe("ORGANIZATION");
  });
});
