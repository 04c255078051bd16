// Places and memberships news states in passing, on invented sentences through the whole extractor: a second
// locative after a comma, a capital
// named after its nationality, two towns sharing the region that closes the pair, a party's plural listing its
// members, a party member from a place, a post held in a relative clause on a name's appositive noun, and a company's seat on its descriptor.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({
  "Ilse Varga": "PER",
  "Karl Lund": "PER",
  "Dara Quist": "PER",
  "Lia Dorr": "PER",
  "Norvik Bank": "ORG",
  "Kelby Hospital": "ORG",
  "Morrow University": "ORG",
  "Brant Holdings": "ORG",
  "Harlow Foundation": "ORG",
  "Acme Corp": "ORG",
  Porvik: "LOC",
  "Porvik East": "LOC",
  Varnsk: "LOC",
  Lindby: "LOC",
  Tarnland: "LOC",
  "North Tarnland": "LOC",
});

describe("places and memberships stated in passing", () => {
  it("reads a town after a person's name with 'of' as where the person is from, but not after a title", () => {
    expect(relations("Ilse Varga of Lindby told the council she would appeal the ruling.")).toContain(
      "Ilse Varga -ORIGIN-> Lindby",
    );
    expect(relations("Sen. Karl Lund of Porvik voted against the measure.")).not.toContain(
      "Karl Lund -ORIGIN-> Porvik",
    );
  });

  it("places a capital named after a nationality in that country", () => {
    expect(relations("Delegates gathered in the Chilean capital, Varnsk, for the trade talks.")).toContain(
      "Varnsk -LOCATION-> Chile",
    );
  });

  it("places both towns of a pair in the region that closes it, but not the items of a longer list", () => {
    const pair = relations("Flights from Porvik and Varnsk, Tarnland, were cancelled on Sunday.");
    expect(pair).toContain("Porvik -LOCATION-> Tarnland");
    expect(pair).toContain("Varnsk -LOCATION-> Tarnland");
    const list = relations("Flights from Lindby, Porvik and Varnsk, Tarnland, were cancelled on Sunday.");
    expect(list).not.toContain("Lindby -LOCATION-> Tarnland");
  });

  it("places a named neighborhood or hamlet in the place after 'of' or 'in'", () => {
    expect(relations("Crowds filled the Lindby neighborhood of Porvik on Sunday.")).toContain(
      "Lindby -LOCATION-> Porvik",
    );
    expect(relations("Varnsk is a hamlet in Tarnland.")).toContain("Varnsk -LOCATION-> Tarnland");
  });

  it("keeps a compass word that opens the second place's name as part of it", () => {
    expect(relations("Schools reopened on Monday in Varnsk, in the North Tarnland province.")).toContain(
      "Varnsk -LOCATION-> North Tarnland",
    );
  });

  it("places a place restated by a second locative after a comma in the second place, not the items of a list", () => {
    expect(relations("The attack took place in Porvik, in the country's Varnsk province, officials said.")).toContain(
      "Porvik -LOCATION-> Varnsk",
    );
    expect(relations("She spoke at the Norvik Bank, in Lindby, on Monday.")).toContain(
      "Norvik Bank -LOCATION-> Lindby",
    );
    // A list of locatives (the parse hangs the later items on the first place): no item lies in another by the
    // patterns (the pair classifier may still pair the first two, at low confidence).
    const list = relations("Protests were held in Porvik, in Varnsk and in Lindby on Sunday.");
    expect(list).not.toContain("Lindby -LOCATION-> Varnsk");
  });

  it("reads the people a party's plural lists as examples as its members", () => {
    const r = relations("Moderate Republicans such as Ilse Varga and Karl Lund backed the plan.");
    expect(r.filter((x) => /^(Ilse Varga|Karl Lund) -ROLE-> Republican/.test(x))).toHaveLength(2);
    // A title between the list word and the name: the parser hangs "such as" on the title's place.
    expect(relations("Several Democrats such as Ohio Sen. Dara Quist voted against the bill.")).toContainEqual(
      expect.stringMatching(/^Dara Quist -ROLE-> Democrat/),
    );
    expect(relations("Critics such as Lia Dorr said the plan was flawed.")).not.toContainEqual(
      expect.stringMatching(/^Lia Dorr -ROLE->/),
    );
  });

  it("reads a party member from a place as representing it, and gives the party no origin", () => {
    const r = relations("Sen. Ilse Varga, a freshman Republican from Tarnland, wrote the letter.");
    expect(r).toContain("Ilse Varga -ROLE-> Tarnland");
    const coordinated = relations("Karl Lund, a Democrat from Tarnland, voted against the bill.");
    expect(coordinated).toContain("Karl Lund -ROLE-> Tarnland");
    expect(coordinated.filter((x) => / -ORIGIN-> Tarnland/.test(x) && !x.startsWith("Karl Lund"))).toEqual([]);
  });

  it("reads a legislator described as from a place as holding the seat for it", () => {
    expect(relations("Rep. Dara Quist, the outspoken veteran from Tarnland, filed the motion.")).toContain(
      "Dara Quist -ROLE-> Tarnland",
    );
    expect(relations("Dara Quist, the outspoken veteran from Tarnland, filed the motion.")).not.toContain(
      "Dara Quist -ROLE-> Tarnland",
    );
  });

  it("reads a post held in a relative clause on the noun in apposition to a name", () => {
    expect(
      relations("Dara Quist, a lawyer who has been serving as chairman of Norvik Bank since 2010, resigned."),
    ).toContain("Dara Quist -ROLE-> Norvik Bank");
  });

  it("reads a company's seat from a place on the descriptor compounded before its name", () => {
    expect(relations("The Porvik investment bank Norvik Bank hired Lia Dorr in May.")).toContain(
      "Norvik Bank -LOCATION-> Porvik",
    );
  });

  it("places an institution reached by 'at/from/for' in the place the parse hung beside it on the verb or noun", () => {
    expect(relations("He studied at Morrow University in Porvik before the war.")).toContain(
      "Morrow University -LOCATION-> Porvik",
    );
    expect(relations("She was a nurse at Kelby Hospital in Varnsk for a decade.")).toContain(
      "Kelby Hospital -LOCATION-> Varnsk",
    );
    // An object sued "in Y" is not located there.
    expect(relations("Brant Holdings sued Norvik Bank in Lindby last year.")).not.toContain(
      "Norvik Bank -LOCATION-> Lindby",
    );
  });

  it("gives two people coordinated before one 'of' organization both a role in it, not one with its own", () => {
    const both = relations("Ilse Varga and Karl Lund of the Harlow Foundation wrote to the council on Monday.");
    expect(both).toContain("Ilse Varga -ROLE-> Harlow Foundation");
    expect(both).toContain("Karl Lund -ROLE-> Harlow Foundation");
    const own = relations("Dara Quist of Acme Corp and Lia Dorr of the Harlow Foundation met on Monday.");
    expect(own).not.toContain("Dara Quist -ROLE-> Harlow Foundation");
  });

  it("reads a person's hometown named after 'of' as where the person is from", () => {
    expect(relations("Ilse Varga returned to her hometown of Lindby after the war.")).toContain(
      "Ilse Varga -ORIGIN-> Lindby",
    );
    expect(relations("Karl Lund's hometown of Porvik held a parade.")).toContain("Karl Lund -ORIGIN-> Porvik");
  });

  it("reads 'the foundation', 'the club' as the organization named with that noun before", () => {
    const text = "Ilse Varga joined the Harlow Foundation in 2001. Karl Lund, the foundation's director, resigned.";
    expect(relations(text)).toContain("Karl Lund -ROLE-> Harlow Foundation");
  });

  it("places a town in the country its appositive after a comma names, however the parse hung the appositive", () => {
    expect(relations("Clashes erupted in Varnsk, the capital of Tarnland.")).toContain("Varnsk -LOCATION-> Tarnland");
  });

  it("reads no place noun into a capitalized list item after a place ('X, Cities of Y and Z')", () => {
    const listed = relations("The seats include Porvik East, Cities of Varnsk and Lindby, and two more.");
    expect(listed).not.toContain("Porvik East -LOCATION-> Varnsk");
    expect(relations("Clashes erupted in Porvik, a town in Varnsk.")).toContain("Porvik -LOCATION-> Varnsk");
  });

  it("places an organization where its headquarters, office or plant is, not a person's office", () => {
    expect(relations("Police raided the Norvik Bank headquarters in Porvik on Monday.")).toContain(
      "Norvik Bank -LOCATION-> Porvik",
    );
    expect(relations("Acme Corp said its plant in Varnsk would close.")).toContain("Acme Corp -LOCATION-> Varnsk");
    expect(relations("Karl Lund's office in Lindby was searched.")).not.toContain("Karl Lund -LOCATION-> Lindby");
  });

  it("gives a singular title before a name to that name only, and a plural one to every coordinated name", () => {
    const one = relations("The Tarnland minister Ilse Varga and Karl Lund met in Porvik.");
    expect(one).toContain("Ilse Varga -ROLE-> Tarnland");
    expect(one).not.toContain("Karl Lund -ROLE-> Tarnland");
    const both = relations("Tarnland ministers Ilse Varga and Karl Lund resigned.");
    expect(both).toContain("Ilse Varga -ROLE-> Tarnland");
    expect(both).toContain("Karl Lund -ROLE-> Tarnland");
  });
});
