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

  it("keeps a single name the text states to be a place or a company apart from a person who shares it", () => {
    const tags = { Brennick: "PER", "Hugo Aldous Brennick": "PER", Torvale: "PER", "Mira Torvale": "PER" } as const;
    expect(
      entitiesOf(
        tags,
        "Brennick is a village in the hills. It was named after Hugo Aldous Brennick, a miller. " +
          "Torvale is a company based in the capital. It was founded by Mira Torvale. Mira Torvale said Brennick grew.",
      ),
    ).toEqual(["LOCATION Brennick", "ORGANIZATION Torvale", "PERSON Hugo Aldous Brennick", "PERSON Mira Torvale"]);
    // Without a stated type the single name is still the person's surname.
    expect(entitiesOf(tags, "Hugo Aldous Brennick arrived on Monday. Brennick said he was tired.")).toEqual([
      "PERSON Hugo Aldous Brennick",
    ]);
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

  it("keeps the type the text states for a name once over the tagger's repeated guesses for it", () => {
    expect(
      entitiesOf(
        { Velmora: "PER" },
        "The official Velmora news agency covered the fire. Velmora said two people died. " +
          "Officials spoke to Velmora on Monday. The road was closed, Velmora said.",
      ),
    ).toEqual(["ORGANIZATION Velmora"]);
  });

  it("types a name ending in an organisation head of data/ner-org-heads.json an organization, tagged a place", () => {
    expect(entitiesOf({ "Carrow Gazette": "LOC" }, "The Carrow Gazette first reported the sale on Monday.")).toEqual([
      "ORGANIZATION Carrow Gazette",
    ]);
  });

  it("types a name before a lowercase organisation noun of the heads file an organization ('the X magazine')", () => {
    expect(entitiesOf({ "Pello Varn": "PER" }, "Readers praised the popular Pello Varn magazine on Monday.")).toEqual([
      "ORGANIZATION Pello Varn",
    ]);
  });

  it("does not call a person an organization for a descriptive noun a person can have ('the developer X')", () => {
    expect(entitiesOf({ "Tam Orrin": "PER" }, "The developer Tam Orrin said the plan would go ahead.")).toEqual([
      "PERSON Tam Orrin",
    ]);
  });

  it("lets a place chain's guess for a name count for less than the tagger's repeated organization", () => {
    expect(
      entitiesOf(
        { "Harlow Bay": "LOC", Ostmark: "LOC", KNB: "ORG", WRVA: "ORG" },
        "The fire started in Harlow Bay, Ostmark, KNB affiliate WRVA said. KNB spoke to the mayor. " +
          "The mayor told KNB the road was closed. A reporter for KNB saw the smoke.",
      ).filter((e) => e.endsWith(" KNB")),
    ).toEqual(["ORGANIZATION KNB"]);
  });

  it("finds a name the tagger missed beside a lowercase organization noun ('the X party', 'radio station X')", () => {
    expect(
      entitiesOf(
        {},
        "Voters backed the Tessaly party in the north. The mayor told radio station KRVO on Thursday that the vote was fair.",
      ),
    ).toEqual(["ORGANIZATION KRVO", "ORGANIZATION Tessaly"]);
  });

  it("does not make a community word, a date or a compound modifier beside such a noun an organization", () => {
    expect(
      entitiesOf(
        {},
        "She spoke at the largest Christian university in the region. He used a bank ATM near the river. " +
          "The vote was held at a Monday party in the hall.",
      ),
    ).toEqual([]);
  });

  it("splits a tagged span that coordinates two organization names, not a name with 'and' inside it", () => {
    expect(
      entitiesOf(
        { "Porvik University and Varnsk Law School": "ORG", "Grain and Seed Administration": "ORG" },
        "She graduated from Porvik University and Varnsk Law School. The Grain and Seed Administration said prices rose.",
      ),
    ).toEqual([
      "ORGANIZATION Grain and Seed Administration",
      "ORGANIZATION Porvik University",
      "ORGANIZATION Varnsk Law School",
    ]);
  });

  it("finds an organization name the tagger missed after a nationality adjective, but not a medium there", () => {
    expect(
      entitiesOf(
        {},
        "Talks resumed with the Chilean Commission on Monday. The speech was shown on Peruvian TV in the evening.",
      ).filter((e) => e.startsWith("ORGANIZATION")),
    ).toEqual(["ORGANIZATION Chilean Commission"]);
  });

  it("types '<Person> administration' an organization named after its head, apart from the person", () => {
    expect(
      entitiesOf(
        { "Halvard Brenn": "PER", Brenn: "PER" },
        "Halvard Brenn spoke on Monday. Officials in the Brenn administration denied the report.",
      ),
    ).toEqual(["ORGANIZATION Brenn administration", "PERSON Halvard Brenn"]);
  });
});
