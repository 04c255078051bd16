// A title the tagger took for an organization's name before a person's ("Senate Minority Leader X", "National
// Security Adviser X"): the title is the person's, and only the words before it name a body or place.
import { describe, expect, it } from "vitest";
import { extractionOfText } from "./testing/extractionOfText.js";

const extract = extractionOfText({
  "Senate Minority Leader": "ORG",
  "National Security Adviser": "ORG",
  "Porvik County District Attorney": "ORG",
  "Ivo Brek": "PER",
  "Lena Hart": "PER",
  "Tomas Brell": "PER",
});

function summary(text: string): { entities: string[]; relations: string[] } {
  const x = extract(text);
  const label = new Map(x.entities.map((e) => [e.localId, e.label]));
  return {
    entities: x.entities.map((e) => `${e.label}:${e.type}`),
    relations: x.relations
      .filter((r) => r.category !== "CO_OCCURRENCE")
      .map((r) => `${label.get(r.source)} -${r.category}-> ${label.get(r.target)}`),
  };
}

describe("a title tagged as an organization before a name", () => {
  it("keeps the body before the title as the organization the person holds the title in", () => {
    const r = summary("Senate Minority Leader Ivo Brek will retire next year.");
    expect(r.entities).toContain("Senate:ORGANIZATION");
    expect(r.entities).not.toContain("Senate Minority Leader:ORGANIZATION");
    expect(r.relations).toContain("Ivo Brek -ROLE-> Senate");
  });

  it("names no organization when the whole span is a title", () => {
    const r = summary("National Security Adviser Lena Hart flew home.");
    expect(r.entities.filter((e) => e.endsWith(":ORGANIZATION"))).toEqual([]);
  });

  it("keeps a place with its county word before a county office", () => {
    const r = summary("Porvik County District Attorney Tomas Brell filed the charges.");
    expect(r.entities).toContain("Porvik County:LOCATION");
    expect(r.relations).toContain("Tomas Brell -ROLE-> Porvik County");
  });
});

describe("a title word as a family name", () => {
  const named = extractionOfText({ "Dorian Vale King Jnr": "PER", "Amos Reed Bishop III": "PER" });

  it("keeps a person's name whole when the title word is followed only by a generational suffix", () => {
    const x = named("Crowds came to hear Dorian Vale King Jnr speak, and Amos Reed Bishop III sang.");
    const people = x.entities.filter((e) => e.type === "PERSON").map((e) => e.label);
    expect(people).toEqual(expect.arrayContaining(["Dorian Vale King Jnr", "Amos Reed Bishop III"]));
    expect(x.entities.map((e) => e.label)).not.toContain("Dorian");
  });
});

describe("a portfolio run into the name after it", () => {
  const named = extractionOfText({ "State Ivo Brek": "ORG", "Defence Lena Hart": "PER" });

  it("gives the portfolio to the title and makes the name after it the person", () => {
    const x = named("Secretary of State Ivo Brek met Minister of Defence Lena Hart on Monday.");
    const types = Object.fromEntries(x.entities.map((e) => [e.label, e.type]));
    expect(types["Ivo Brek"]).toBe("PERSON");
    expect(types["Lena Hart"]).toBe("PERSON");
    expect(Object.keys(types)).not.toContain("State Ivo Brek");
  });
});

describe("a country and a title with its portfolio tagged as part of a person's name", () => {
  const named = extractionOfText({ "UK Undersecretary of Trade Ivo Brek": "PER" });

  it("keeps the name as the person and the country as a mention of its own", () => {
    const x = named("On Monday UK Undersecretary of Trade Ivo Brek met the envoys.");
    const types = Object.fromEntries(x.entities.map((e) => [e.label, e.type]));
    expect(types["Ivo Brek"]).toBe("PERSON");
    expect(types["United Kingdom"]).toBe("COUNTRY");
  });
});
