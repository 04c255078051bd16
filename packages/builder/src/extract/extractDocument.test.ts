// extractDocument on invented text with a dictionary NER double; relation tests use the shipped parser.
import { describe, expect, it } from "vitest";
import type { Doc } from "../nlp/doc.js";
import { loadDependencyParser } from "../nlp/loadDependencyParser.js";
import { extractDocument } from "./extractDocument.js";
import { dictionaryTagger } from "./testing/dictionaryTagger.js";
import type { ArticleInput, DocumentExtraction } from "./types.js";

const tagger = dictionaryTagger({
  "Anna Kovel": "PER",
  Kovel: "PER",
  "Marek Dvor": "PER",
  "Ilse Marn": "PER",
  "Tomas Brell": "PER",
  Porvik: "LOC",
  Varnsk: "LOC",
  "Radio Kell": "ORG",
  "Merrow Party": "ORG",
  "Electoral Commission": "ORG",
  "Halvard Group": "ORG",
});
// Loaded on first use: a skipped block's body still runs at collection.
const parser = { annotate: (doc: Doc) => loadDependencyParser().annotate(doc) };

function extract(text: string, date = "2023-05-12", parse = true): DocumentExtraction {
  const article: ArticleInput = { docKey: "doc:test", file: "test.md", title: "t", text, date };
  return extractDocument(article, tagger, parse ? parser : undefined);
}

function find(x: DocumentExtraction, label: string) {
  const e = x.entities.find((e) => e.label === label || e.aliases.includes(label));
  if (!e) throw new Error(`no entity ${label}: ${x.entities.map((e) => e.label).join(", ")}`);
  return e;
}

function rel(x: DocumentExtraction, source: string, target: string, category?: string) {
  const s = find(x, source).localId;
  const t = find(x, target).localId;
  return x.relations.find((r) => r.source === s && r.target === t && (!category || r.category === category));
}

describe("extractDocument", () => {
  it("resolves demonyms to countries and keeps titles as roles", () => {
    const x = extract("Nigerian President Anna Kovel arrived in Porvik on Thursday.", "2023-05-12", false);
    const nigeria = find(x, "Nigeria");
    expect(nigeria.type).toBe("COUNTRY");
    expect(nigeria.iso).toBe("NG");
    expect(nigeria.aliases).toContain("Nigerian");
    expect(find(x, "Anna Kovel").roles).toEqual(["President"]);
  });

  it("folds surnames into the full name", () => {
    const x = extract("Anna Kovel arrived in Porvik. Kovel said the talks went well.", "2023-05-12", false);
    expect(find(x, "Anna Kovel").aliases).toContain("Kovel");
    expect(x.entities.filter((e) => e.type === "PERSON")).toHaveLength(1);
  });

  it("does not read a point in time ('a week ago') as a rate", () => {
    const x = extract("About 4,500 Bolivians crossed into Paraguay a week ago, officials said.");
    const moved = rel(x, "Bolivia", "Paraguay", "MOVEMENT");
    expect(moved?.quantities?.[0]).toMatchObject({ value: 4500, text: "About 4,500" });
    expect(moved?.quantities?.[0]?.unit).toBeUndefined();
    const daily = rel(extract("About 4,500 Bolivians crossed into Paraguay, 300 a day."), "Bolivia", "Paraguay");
    expect(daily?.quantities?.[0]).toMatchObject({ value: 4500, unit: "per day" });
  });

  it("skips repeated paragraphs and says so", () => {
    const para = "Anna Kovel told Radio Kell that the vote was fair.";
    const x = extract(`Title of the piece\n\n${para}\n\n${para}\n\nKovel left.`);
    expect(x.warnings).toEqual(["1 duplicated sentence skipped"]);
    expect(find(x, "Anna Kovel").mentions).toHaveLength(2);
  });

  it("keeps events the article refers to repeatedly", () => {
    const x = extract(
      "The Electoral Commission announced a snap election in Kenya. Critics said the snap election came too early. Turnout in the election was low.",
    );
    const ev = x.entities.find((e) => e.type === "EVENT");
    expect(ev?.aliases).toEqual(expect.arrayContaining(["snap election in Kenya", "snap election"]));
  });

  it("adds co-occurrences only where nothing more specific was found", () => {
    const x = extract("Anna Kovel, Marek Dvor and others gathered in Porvik for the summit.", "2023-05-12", false);
    const co = x.relations.filter((r) => r.category === "CO_OCCURRENCE");
    expect(co.length).toBe(3);
    expect(co.every((r) => r.confidence < 0.5)).toBe(true);
  });

  it("is deterministic", () => {
    const text = "Nigerian President Anna Kovel met Marek Dvor in Porvik.";
    expect(JSON.stringify(extract(text))).toBe(JSON.stringify(extract(text)));
  });

  describe("relations read from the parse", () => {
    it("reads a title with a nationality, a meeting and its date", () => {
      const x = extract("Nigerian President Anna Kovel met Marek Dvor in Porvik on Thursday.");
      expect(rel(x, "Anna Kovel", "Nigeria", "ROLE")?.label).toBe("President");
      const met = rel(x, "Anna Kovel", "Marek Dvor", "STATEMENT");
      expect(met).toBeDefined();
      expect(met?.date).toBe("2023-05-11");
    });

    it("shares an object through coordination, with a code, date and evidence offsets", () => {
      const text = "Police in Varnsk detained Ilse Marn and Tomas Brell on May 9.";
      const x = extract(text);
      const police = x.entities.find((e) => e.type === "ORGANIZATION")!;
      const detained = x.relations.filter((r) => r.source === police.localId && r.category === "COERCION");
      expect(detained).toHaveLength(2);
      expect(detained[0]?.cameo).toMatch(/^17/);
      expect(detained[0]?.date).toBe("2023-05-09");
      const ev = detained[0]!.evidence[0]!;
      expect(text.slice(ev.start, ev.end)).toBe(ev.text);
      expect(text.slice(ev.trigger!.start, ev.trigger!.end)).toBe("detained");
    });

    it("reads the audience of a speech verb and a pronoun subject", () => {
      const x = extract("Anna Kovel told Radio Kell that she would appeal. She also criticized Marek Dvor.");
      expect(rel(x, "Anna Kovel", "Radio Kell", "STATEMENT")).toBeDefined();
      expect(rel(x, "Anna Kovel", "Marek Dvor", "OPPOSITION")).toBeDefined();
    });

    it("attaches counts to movements", () => {
      const x = extract("About 12,000 Venezuelans crossed into Colombia last week.");
      const moved = rel(x, "Venezuela", "Colombia", "MOVEMENT");
      expect(moved?.quantities?.[0]).toMatchObject({ value: 12000, text: "About 12,000" });
    });
  });
});

describe("names split by the tagger", () => {
  // A tagger that starts a new name at a word that only ends organization names ("Utd", "plc").
  const splitting = dictionaryTagger({ Korvel: "ORG", Utd: "ORG", Halden: "LOC", Brask: "ORG", plc: "ORG" });

  it("joins a name and a following organization ending into one organization", () => {
    const article: ArticleInput = {
      docKey: "doc:split",
      file: "split.md",
      title: "t",
      text: "Korvel Utd beat Halden on Saturday. Shares of Brask plc rose.",
      date: "2023-05-12",
    };
    const x = extractDocument(article, splitting, undefined);
    const labels = x.entities.map((e) => e.label);
    expect(labels).toContain("Korvel Utd");
    expect(labels).toContain("Brask plc");
    expect(labels).not.toContain("Korvel");
    expect(labels).not.toContain("Utd");
    expect(x.entities.find((e) => e.label === "Korvel Utd")?.type).toBe("ORGANIZATION");
  });
});
