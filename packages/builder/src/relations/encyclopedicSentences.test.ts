// Readings of encyclopedic openings and place descriptions through the whole extractor (dictionary NER double,
// shipped parser), on invented sentences: dates in parentheses after the subject, a copular title the parse takes
// for a modifier of the name, a descriptor noun before a name, and stacked locative phrases.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({
  "Marten Olvik": "PER",
  "Lisa Varnholt": "PER",
  "Hugo Aldermann": "PER",
  "Tomas Reyd": "PER",
  "Jonas Vell": "PER",
  "Kelby United": "ORG",
  Kelby: "ORG",
  "Premier League": "ORG",
  Paraguay: "LOC",
  Norway: "LOC",
  Sweden: "LOC",
  Poland: "LOC",
  Oregon: "LOC",
  Vellby: "LOC",
  "Norrin County": "LOC",
  Holby: "LOC",
  "Gmina Varn": "LOC",
  "Kelby County": "LOC",
  Porvik: "LOC",
  Varnholt: "LOC",
  Tromso: "LOC",
  "Jan Wolny": "PER",
  "Dana Morrow": "PER",
  "Anna Pell": "PER",
  "Varnholt Museum": "ORG",
  "Ostby School": "ORG",
  "Varnholt Region": "LOC",
  Tanzania: "LOC",
  France: "LOC",
  "Erik Holm": "PER",
  Ruritania: "LOC",
  "Karl Vint": "PER",
  Ostrevik: "LOC",
  "Province of Varn": "LOC",
  "Lake Orrin": "LOC",
  "Kell River": "LOC",
});

describe("encyclopedic sentences", () => {
  it("reads the predicate past dates in parentheses after the subject", () => {
    expect(relations("Marten Olvik (born 3 March 1961) is a Norwegian actor.")).toContain(
      "Marten Olvik -ORIGIN-> Norway",
    );
    expect(relations("Lisa Varnholt (12 May 1930 – 4 June 2001) was a Swedish painter and sculptor.")).toContain(
      "Lisa Varnholt -ORIGIN-> Sweden",
    );
  });

  it("reads a copular title with its office ('X was President of Y')", () => {
    expect(relations("Hugo Aldermann was President of Paraguay from 1901 to 1904.")).toContain(
      "Hugo Aldermann -ROLE-> Paraguay",
    );
  });

  it("reads the team named after a descriptor noun ('plays for League club X', 'his club X')", () => {
    const r = relations("Tomas Reyd is a Norwegian footballer who plays for Premier League club Kelby United.");
    expect(r).toContain("Tomas Reyd -ROLE-> Kelby United");
    expect(r).toContain("Kelby United -PART_OF-> Premier League");
    expect(relations("Jonas Vell has been suspended by his club Kelby until an inquiry ends.")).toContain(
      "Jonas Vell -ROLE-> Kelby",
    );
  });

  it("places each place in the next one of stacked locative phrases", () => {
    const r = relations("Vellby is a lake located in Norrin County in the U.S. state of Oregon.");
    expect(r).toContain("Norrin County -LOCATION-> Oregon");
    const q = relations("Holby is a village in the district of Gmina Varn, within Kelby County, in northern Poland.");
    expect(q).toContain("Gmina Varn -LOCATION-> Kelby County");
    expect(q).toContain("Kelby County -LOCATION-> Poland");
  });

  it("reads no place in a place whose phrase goes on past the name", () => {
    const r = relations("Aid workers in Porvik in Varnholt's north said the road was closed.");
    expect(r).not.toContain("Porvik -LOCATION-> Varnholt");
  });

  it("reads a nationality opening coordinated or hyphenated descriptor nouns before a name", () => {
    expect(relations("The festival honours the Polish pianist, composer and teacher Jan Wolny.")).toContain(
      "Jan Wolny -ORIGIN-> Poland",
    );
    expect(relations("The song was recorded by American singer - songwriter Dana Morrow.")).toContain(
      "Dana Morrow -ORIGIN-> United States",
    );
  });

  it("reads the museum of a curator named in a relative clause", () => {
    expect(relations("Anna Pell, who was a curator at the Varnholt Museum, wrote the guide.")).toContain(
      "Anna Pell -ROLE-> Varnholt Museum",
    );
  });

  it("reads the place of the class a thing is 'one of' ('one of the oldest universities in Y', 'one of Y's regions')", () => {
    expect(relations("Varnholt Region is one of Tanzania's 31 administrative regions.")).toContain(
      "Varnholt Region -LOCATION-> Tanzania",
    );
    expect(relations("The Ostby School, one of the oldest universities in France, closed in 1990.")).toContain(
      "Ostby School -LOCATION-> France",
    );
    expect(relations("Erik Holm was one of France's greatest painters.")).toContain("Erik Holm -ORIGIN-> France");
  });

  it("reads the country of an office with two 'of' phrases ('the minister of finance of Y')", () => {
    expect(relations("Erik Holm, the minister of finance of Ruritania, resigned.")).toContain(
      "Erik Holm -ROLE-> Ruritania",
    );
    expect(relations("Anna Pell was the secretary of state of Ruritania from 1990 to 1994.")).toContain(
      "Anna Pell -ROLE-> Ruritania",
    );
  });

  it("reads who killed whom from an agent noun of killing, however the killer's name is tied to it", () => {
    for (const text of [
      "The assassin of Karl Vint, Tomas Reyd, was arrested in 1981.",
      "Tomas Reyd, the killer of Karl Vint, was jailed.",
      "Karl Vint's murderer, Tomas Reyd, fled.",
      "Tomas Reyd was the assassin of Karl Vint.",
    ])
      expect(relations(text)).toContain("Tomas Reyd -VIOLENCE-> Karl Vint");
    expect(relations("Karl Vint, the brother of Tomas Reyd, was arrested.")).not.toContain(
      "Tomas Reyd -VIOLENCE-> Karl Vint",
    );
  });

  it("places the subject of coordinated predicate place nouns in the place on the second ('a town and X of Y')", () => {
    expect(relations("Ostrevik is a town and municipality of the Province of Varn.")).toContain(
      "Ostrevik -LOCATION-> Province of Varn",
    );
    expect(relations("Ostrevik is a village and comune of the Province of Varn.")).toContain(
      "Ostrevik -LOCATION-> Province of Varn",
    );
  });

  it("places a place's name in the place a predicate feature or facility noun is in ('X is a lake in Y')", () => {
    expect(relations("Lake Orrin is a lake in Kelby County.")).toContain("Lake Orrin -LOCATION-> Kelby County");
    expect(relations("The Kell River is a river in Ruritania.")).toContain("Kell River -LOCATION-> Ruritania");
  });

  it("reads a player's club from an occupation subject with the name as predicate ('The goalkeeper for Y was X')", () => {
    expect(relations("The goalkeeper for Kelby United was Jonas Vell.")).toContain("Jonas Vell -ROLE-> Kelby United");
  });

  it("reads the team or employer after a span of time the parse hung it on ('played for one season for Y')", () => {
    expect(relations("Jonas Vell played for one season for Kelby United of the Premier League.")).toContain(
      "Jonas Vell -ROLE-> Kelby United",
    );
  });
});
