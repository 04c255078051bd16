// Descriptor nouns before names and the homes of people, on invented text with a dictionary NER double and the
// shipped parser: the repair of a noun parsed as a second subject beside the name it describes, the member-body
// noun of a league ("the Merrow League club X"), and "X's home in Y".
import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract/extractDocument.js";
import { dictionaryTagger } from "../extract/testing/dictionaryTagger.js";
import type { DocumentExtraction } from "../extract/types.js";
import type { Doc } from "../nlp/doc.js";
import { loadDependencyParser } from "../nlp/loadDependencyParser.js";

const tagger = dictionaryTagger({
  "Anna Kovel": "PER",
  "Marek Dvor": "PER",
  Porvik: "LOC",
  Varnsk: "LOC",
  "Halvard Group": "ORG",
  "Kell United": "ORG",
  "Merrow League": "ORG",
});
const parser = { annotate: (doc: Doc) => loadDependencyParser().annotate(doc) };

function edges(text: string): string[] {
  const x: DocumentExtraction = extractDocument(
    { docKey: "doc:t", file: "t.md", title: "t", text, date: "2023-05-12" },
    tagger,
    parser,
  );
  const label = (id: string) => x.entities.find((e) => e.localId === id)?.label ?? id;
  return x.relations
    .filter((r) => r.category !== "CO_OCCURRENCE")
    .map((r) => `${label(r.source)} -${r.category}-> ${label(r.target)}`);
}

describe("descriptor nouns and homes", () => {
  it("reads a '-based' descriptor the parse left as a second subject beside the name", () => {
    // The greedy parse makes "firm" and "Group" two subjects of "hired".
    expect(edges("The Porvik-based firm Halvard Group hired two engineers.")).toContain(
      "Halvard Group -LOCATION-> Porvik",
    );
  });

  it("reads the league on a club noun describing a named club", () => {
    expect(edges("Merrow League club Kell United refused to comment on Monday.")).toContain(
      "Kell United -PART_OF-> Merrow League",
    );
  });

  it("reads where a person lives from a possessed home with a place", () => {
    expect(edges("Anna Kovel's house near Varnsk burned on Monday.")).toContain("Anna Kovel -ORIGIN-> Varnsk");
    expect(edges("Marek Dvor left his home in Porvik on Monday.")).toContain("Marek Dvor -ORIGIN-> Porvik");
    expect(edges("Marek Dvor left the hotel in Porvik on Monday.")).not.toContain("Marek Dvor -ORIGIN-> Porvik");
  });
});
