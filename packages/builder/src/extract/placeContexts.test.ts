// Names typed from inside and around them over the tagger's guess: place heads ending a name or before an inner
// "of", an organization noun before an inner "of", a country adjective leading a place's name, a copula or
// apposition describing the name, and place chains after a locative preposition. Invented text; the dictionary
// NER double gives the wrong types the tagger gives such names.
import { describe, expect, it } from "vitest";
import { extractionOfText } from "./testing/extractionOfText.js";
import type { DocumentExtraction } from "./types.js";

const extract = extractionOfText({
  "Tollen Glacier": "PER",
  "Brask Voivodeship": "PER",
  "Cathedral of Orvasse": "PER",
  "Harwick University of Drelby": "PER",
  Drelby: "LOC",
  "Norwegian Highlands": "LOC",
  "Orsk County": "ORG",
  "Anna Brask": "PER",
  Kovander: "PER",
  Tollby: "PER",
  Halvard: "PER",
  Ostmark: "LOC",
  "Ilse Varn": "PER",
  "Varn Holdings": "ORG",
  "Porvik University": "ORG",
  Porvik: "LOC",
});
const typeOf = (x: DocumentExtraction, label: string) => x.entities.find((e) => e.label === label)?.type;

describe("names typed by their heads", () => {
  it("makes a name ending in a place head, or with one before an inner 'of', a place", () => {
    const x = extract("The Tollen Glacier lies in the Brask Voivodeship. The Cathedral of Orvasse was rebuilt.");
    expect(typeOf(x, "Tollen Glacier")).toBe("LOCATION");
    expect(typeOf(x, "Brask Voivodeship")).toBe("LOCATION");
    expect(typeOf(x, "Cathedral of Orvasse")).toBe("LOCATION");
  });

  it("makes a name with an organization noun before an inner 'of' an organization, and keeps its place apart", () => {
    const x = extract("She studied at the Harwick University of Drelby and later taught in Drelby.");
    expect(typeOf(x, "Harwick University of Drelby")).toBe("ORGANIZATION");
    // The place after "of" is not folded into the name as a person's surname would be.
    expect(typeOf(x, "Drelby")).toBe("LOCATION");
  });

  it("keeps an administrative unit the tagger typed as an organization (its government) one", () => {
    const x = extract("Orsk County agreed to pay the settlement.");
    expect(typeOf(x, "Orsk County")).toBe("ORGANIZATION");
  });

  it("keeps a person whose name ends in no place head a person", () => {
    const x = extract("Anna Brask visited the Brask Voivodeship.");
    expect(typeOf(x, "Anna Brask")).toBe("PERSON");
  });
});

describe("a country adjective leading a place's name", () => {
  it("keeps the tagger's whole place name over the gazetteer's adjective", () => {
    const x = extract("Sheep graze in the Norwegian Highlands in summer.");
    expect(typeOf(x, "Norwegian Highlands")).toBe("LOCATION");
  });
});

describe("names described by a copula or an apposition", () => {
  it("types a name the sentence calls a company or a village, and finds one the tagger missed", () => {
    const x = extract(
      "Kovander is a Norwegian weapons manufacturer based in Drelby. Tollby is a small village in Ostmark. " +
        "Brelling, a hamlet on the coast, flooded.",
    );
    expect(typeOf(x, "Kovander")).toBe("ORGANIZATION");
    expect(typeOf(x, "Tollby")).toBe("LOCATION");
    expect(typeOf(x, "Brelling")).toBe("LOCATION");
  });

  it("does not retype a person described by a noun that does not end the phrase", () => {
    const x = extract("Ilse Varn, a former city councillor, said Halvard is a force for change.");
    expect(typeOf(x, "Ilse Varn")).toBe("PERSON");
    expect(typeOf(x, "Halvard")).toBe("PERSON");
  });
});

describe("place chains", () => {
  it("makes a name chained to a known place after a locative preposition a place", () => {
    const x = extract("The festival was held in Tollby, Ostmark, last year.");
    expect(typeOf(x, "Tollby")).toBe("LOCATION");
  });

  it("leaves a name ending like an organization's, and names outside a locative chain, as tagged", () => {
    const x = extract(
      "He studied in Porvik, Ostmark, Porvik University and abroad. Varn Holdings, Ostmark's largest firm, grew.",
    );
    expect(typeOf(x, "Porvik University")).toBe("ORGANIZATION");
    expect(typeOf(x, "Varn Holdings")).toBe("ORGANIZATION");
  });
});
