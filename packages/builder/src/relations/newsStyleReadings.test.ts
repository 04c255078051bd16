// Readings of constructions news writes and the treebank rarely shows, on invented sentences through the whole
// extractor: an appositive title without an article, a name-participle compound opening the sentence, a place
// set off by commas after a person's name, a residence clause on the noun in apposition to the name, the place
// where an act on a named patient happened, and a name set off by commas after an organization's.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({
  "Ilse Varga": "PER",
  "Karl Lund": "PER",
  "Jan Piet Holm": "PER",
  "Dara Quist": "PER",
  "Kesko Steel": "ORG",
  "Norvik Bank": "ORG",
  "Tarn Institute": "ORG",
  "Green Cross": "ORG",
  "Blue Harbour": "ORG",
  "Lia Dorr": "PER",
  Porvik: "LOC",
  Varnsk: "LOC",
  "Varnsk authorities": "ORG",
  "Kestrel Band": "ORG",
});

describe("news-style readings", () => {
  it("reads the post of an appositive title written without an article", () => {
    expect(relations("Ilse Varga, chief executive of Norvik Bank, said profits would fall.")).toContain(
      "Ilse Varga -ROLE-> Norvik Bank",
    );
  });

  it("reads the seat of a company named after a '<Place>-based' compound that opens the sentence", () => {
    expect(relations("Porvik-based Kesko Steel cut 300 jobs on Monday.")).toContain("Kesko Steel -LOCATION-> Porvik");
  });

  it("reads where a person lives from a place set off by commas after the name, not from any 'of' phrase", () => {
    expect(relations("Karl Lund, 45, of Varnsk, was charged with fraud.")).toContain("Karl Lund -ORIGIN-> Varnsk");
    expect(relations("Karl Lund, of Varnsk, said the plan would fail.")).toContain("Karl Lund -ORIGIN-> Varnsk");
    expect(relations("The portrait of Karl Lund of Varnsk fetched a record price.")).not.toContain(
      "Karl Lund -ORIGIN-> Varnsk",
    );
  });

  it("reads a residence clause on the noun in apposition to a person's name", () => {
    expect(relations("Dara Quist, a lawyer who lives in Porvik, said the plan would fail.")).toContain(
      "Dara Quist -ORIGIN-> Porvik",
    );
  });

  it("takes an 'in' place as where an act on a named patient happened, not as a second target", () => {
    const r = relations("Jan Piet Holm shot Karl Lund in Porvik on Friday.");
    expect(r).toContain("Jan Piet Holm -VIOLENCE-> Karl Lund");
    expect(r).not.toContain("Jan Piet Holm -VIOLENCE-> Porvik");
  });

  it("reads a person's name set off by commas after an organization's as the appositive of the post governing it", () => {
    expect(relations("A spokeswoman for the Tarn Institute, Lia Dorr, said the figures were wrong.")).toContain(
      "Lia Dorr -ROLE-> Tarn Institute",
    );
    // The parser hangs the name flat on the organization's.
    expect(relations("A spokeswoman for the Green Cross, Lia Dorr, said the camp was full.")).toContain(
      "Lia Dorr -ROLE-> Green Cross",
    );
    expect(relations("A spokeswoman for Blue Harbour, Lia Dorr, said the camp was full.")).toContain(
      "Lia Dorr -ROLE-> Blue Harbour",
    );
    // A list of names is not an appositive.
    expect(
      relations("Staff from the Tarn Institute, Lia Dorr, Karl Lund and Dara Quist signed the letter."),
    ).not.toContain("Lia Dorr -ROLE-> Tarn Institute");
  });

  it("reads no argument of a speech verb inside the quotation that follows it", () => {
    const r = relations('Karl Lund said: "With Kesko Steel and the Kestrel Band confirmed, we are ready."');
    expect(r).not.toContain("Karl Lund -STATEMENT-> Kesko Steel");
    expect(r).not.toContain("Karl Lund -STATEMENT-> Kestrel Band");
    expect(relations("Karl Lund met with Ilse Varga in Porvik.")).toContain("Karl Lund -STATEMENT-> Ilse Varga");
  });

  it("reads 'the firm' as no state body named before ('the X authorities')", () => {
    const r = relations("The Varnsk authorities said nothing. As the firm is based in Porvik, lawyers are unsure.");
    expect(r).not.toContain("Varnsk authorities -LOCATION-> Porvik");
  });
});

describe("brackets after a name at the start of a sentence", () => {
  const read = typedRelationsOfText({
    "Tarn Trade Council": "ORG",
    TTC: "ORG",
    Varnsk: "LOC",
    Ostmark: "PER",
    "Lia Dorr": "PER",
    Agency: "ORG",
    "Kesko Steel": "ORG",
  });

  it("reads a sentence on past a name's acronym in brackets, not as a dateline", () => {
    expect(read("The Tarn Trade Council (TTC) is a trade association based in Varnsk.")).toContain(
      "Tarn Trade Council -LOCATION-> Varnsk",
    );
  });

  it("reads no role between the place and the agency of a dateline, but the story after it", () => {
    const out = read("Varnsk, Ostmark (Agency) Lia Dorr, chief executive of Kesko Steel, said profits would fall.");
    expect(out).not.toContain("Ostmark -ROLE-> Agency");
    expect(out).toContain("Lia Dorr -ROLE-> Kesko Steel");
  });
});
