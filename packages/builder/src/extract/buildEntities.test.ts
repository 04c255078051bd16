import { describe, expect, it } from "vitest";
import { extractDocument } from "./extractDocument.js";
import { dictionaryTagger } from "./testing/dictionaryTagger.js";
import { loadDependencyParser } from "../nlp/loadDependencyParser.js";

const parser = loadDependencyParser();
const entitiesOf = (tags: Parameters<typeof dictionaryTagger>[0], text: string): string[] =>
  extractDocument({ docKey: "doc:a", file: "a.md", title: "a", text }, dictionaryTagger(tags), parser)
    .entities.map((e) => `${e.type} ${e.label}`)
    .sort();

describe("buildEntities", () => {
  it("keeps a town apart from its police force or council, typed a place, when the tagger called it an organization", () => {
    expect(
      entitiesOf(
        { "Dunmore Police Department": "ORG", Dunmore: "ORG", "Ravelin City Council": "ORG", Ravelin: "ORG" },
        "The Dunmore Police Department said two men were held. Dunmore has seen three thefts. " +
          "Ravelin City Council voted on Monday. Ravelin lies on the coast.",
      ),
    ).toEqual([
      "LOCATION Dunmore",
      "LOCATION Ravelin",
      "ORGANIZATION Dunmore Police Department",
      "ORGANIZATION Ravelin City Council",
    ]);
  });

  it("gives a surname two full names share to the person introduced first, not to an entity of its own", () => {
    const x = extractDocument(
      {
        docKey: "doc:a",
        file: "a.md",
        title: "a",
        text:
          "Anja Velder won the vote on Monday. Her brother, Piet Velder, voted against her. " +
          "Velder said the result was fair.",
      },
      dictionaryTagger({ "Anja Velder": "PER", "Piet Velder": "PER", Velder: "PER" }),
      parser,
    );
    expect(x.entities.map((e) => e.label).sort()).toEqual(["Anja Velder", "Piet Velder"]);
    const anja = x.entities.find((e) => e.label === "Anja Velder")!;
    // Both her mentions: the full name and the bare surname.
    expect(anja.mentions.length).toBe(2);
  });

  it("still folds a short name into the one longer organization name it starts", () => {
    expect(
      entitiesOf({ "Tarvo Metals": "ORG", Tarvo: "ORG" }, "Tarvo Metals cut jobs. Tarvo said demand fell."),
    ).toEqual(["ORGANIZATION Tarvo Metals"]);
  });

  it("types a one-word name written as a club ('<Name> keeper X') an organization, though tagged a person", () => {
    expect(
      entitiesOf(
        { Kelbridge: "PER", "Tom Darrow": "PER", Ostrava: "ORG" },
        "Ostrava 2-1 Kelbridge. Kelbridge keeper Tom Darrow made two saves. The win ended the run of Kelbridge.",
      ),
    ).toEqual(["ORGANIZATION Kelbridge", "ORGANIZATION Ostrava", "PERSON Tom Darrow"]);
  });
});
