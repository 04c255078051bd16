// Organisation names of shapes the tagger gets wrong in news from other outlets: ships after a prefix, names led
// by a lowercase Arabic article, a body's name continued over "of"/"for the", qualified plural heads, a name
// described by a possessive apposition, a party's member noun run into a person's name. Invented text; the
// dictionary NER double gives the wrong types and spans the tagger gives such names.
import { describe, expect, it } from "vitest";
import { extractionOfText } from "./testing/extractionOfText.js";
import { typedRelationsOfText } from "./testing/typedRelationsOfText.js";
import type { DocumentExtraction } from "./types.js";

const extract = extractionOfText({
  "Harold Brennan": "PER",
  Brennan: "PER",
  "Martha Quill": "PER",
  Norwell: "LOC",
  "Omar al Varsha": "PER",
  "Velmora Institute": "ORG",
  "Varnsk Office": "ORG",
  "Supervision of Harbour Works": "ORG",
  Mossvan: "LOC",
  Ruritania: "LOC",
  "Democrat Nancy Pellow": "PER",
  "Daniel Okoro": "PER",
});
const typeOf = (x: DocumentExtraction, label: string) => x.entities.find((e) => e.label === label)?.type;
const labels = (x: DocumentExtraction) => x.entities.map((e) => e.label);

describe("ships after a prefix", () => {
  it("makes the name after USS one organisation with its prefix, tagged as a person or not", () => {
    const x = extract("The carrier USS Harold Brennan left Norwell, and the USS Martha Quill followed.");
    expect(typeOf(x, "USS Harold Brennan")).toBe("ORGANIZATION");
    expect(typeOf(x, "USS Martha Quill")).toBe("ORGANIZATION");
    expect(labels(x)).not.toContain("Harold Brennan");
  });

  it("folds the ship's short name in the same article into the ship, not a person", () => {
    const x = extract("The carrier USS Harold Brennan left Norwell. Some 300 of the Brennan's crew moved.");
    expect(typeOf(x, "Brennan")).toBeUndefined();
    expect(x.entities.find((e) => e.label === "USS Harold Brennan")?.aliases).toContain("Brennan");
  });

  it("keeps a name after a title the person the ship is named after", () => {
    const x = extract("The carrier USS Harold Brennan left Norwell. Senator Brennan praised the crew.");
    expect(typeOf(x, "Brennan")).toBe("PERSON");
  });

  it("leaves a person of that name a person when no ship is named", () => {
    const x = extract("Harold Brennan left Norwell on Monday.");
    expect(typeOf(x, "Harold Brennan")).toBe("PERSON");
  });
});

describe("names led by a lowercase article", () => {
  it("reads a lone al <Name> as an organisation, the article included", () => {
    const x = extract("Fighters from al Varsha attacked the town, a spokesman for al Varsha said.");
    expect(typeOf(x, "al Varsha")).toBe("ORGANIZATION");
  });

  it("keeps the article inside a person's name after a given name", () => {
    const x = extract("Omar al Varsha spoke in Norwell.");
    expect(typeOf(x, "Omar al Varsha")).toBe("PERSON");
  });
});

describe("organisation names continued past the tagger's span", () => {
  it("continues a body's name over untagged capitalised words after of", () => {
    const x = extract("He worked at the Velmora Institute of Technology police department.");
    expect(typeOf(x, "Velmora Institute of Technology")).toBe("ORGANIZATION");
  });

  it("joins a body and an organisation span over for the", () => {
    const x = extract("The Varnsk Office for the Supervision of Harbour Works said the toll would rise.");
    expect(typeOf(x, "Varnsk Office for the Supervision of Harbour Works")).toBe("ORGANIZATION");
  });
});

describe("acronyms of spelled-out organisations", () => {
  it("finds an untagged acronym spelling the initials of an organisation of the article", () => {
    const x = extract("He studied at the Velmora Institute of Technology. Officers at VIT said he left.");
    const org = x.entities.find((e) => e.label === "Velmora Institute of Technology");
    expect(org?.type).toBe("ORGANIZATION");
    expect(org?.aliases).toContain("VIT");
  });
});

describe("organisations from their description", () => {
  it("makes a demonym with security forces one organisation", () => {
    const x = extract("Norwegian security forces killed two men in Norwell.");
    expect(typeOf(x, "Norwegian security forces")).toBe("ORGANIZATION");
  });

  it("retypes a name the tagger took for a place described by a possessive apposition", () => {
    const x = extract("Daniel Okoro was questioned by the Mossvan, Ruritania's spy agency, last year.");
    expect(typeOf(x, "Mossvan")).toBe("ORGANIZATION");
  });

  it("splits a party's member noun off a person's name and keeps it as the party", () => {
    const x = extract("He worked with Democrat Nancy Pellow on the bill.");
    expect(typeOf(x, "Nancy Pellow")).toBe("PERSON");
    expect(typeOf(x, "Democrat")).toBe("ORGANIZATION");
  });

  it("reads plural member nouns coordinated with each other as the parties", () => {
    const x = extract("The bill led to a standoff between Democrats and Republicans in Norwell.");
    expect(typeOf(x, "Democrats")).toBe("ORGANIZATION");
    expect(typeOf(x, "Republicans")).toBe("ORGANIZATION");
  });

  it("leaves a plural member noun alone when no party word is beside it", () => {
    const x = extract("Democrats in Norwell met on Monday.");
    expect(typeOf(x, "Democrats")).toBeUndefined();
  });
});

describe("untagged bodies led by a demonym", () => {
  const relations = typedRelationsOfText({ Marek: "PER" });

  it("keeps the demonym in the body's name and makes the body part of the country", () => {
    const x = extract("Many recruits joined the Chilean Interior Guard that spring.");
    expect(typeOf(x, "Chilean Interior Guard")).toBe("ORGANIZATION");
    expect(relations("Many recruits joined the Chilean Interior Guard that spring.")).toContain(
      "Chilean Interior Guard -PART_OF-> Chile",
    );
    expect(relations("The film was banned by the Peruvian Ratings Board in May.")).toContain(
      "Peruvian Ratings Board -PART_OF-> Peru",
    );
  });

  it("still leaves a title after a demonym to the person it names", () => {
    const x = extract("The Chilean Foreign Minister Marek spoke.");
    expect(labels(x)).not.toContain("Chilean Foreign Minister");
  });
});

describe("untagged names ending like a newspaper's", () => {
  it("makes a capitalized run ending in a media word the tagger knows an organization", () => {
    const x = extract("Tollby Herald columnist Mira Quell wrote that the mayor had resigned.");
    expect(typeOf(x, "Tollby Herald")).toBe("ORGANIZATION");
  });
});
