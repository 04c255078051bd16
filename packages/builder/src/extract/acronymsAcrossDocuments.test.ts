// An acronym one article uses without spelling it out is the organization another article spells with its initials,
// when only one does. Invented names; the dictionary NER double gives the spans and types the tagger gives.
import { describe, expect, it } from "vitest";
import { extractDocument } from "./extractDocument.js";
import { resolveAcrossDocuments } from "./resolveAcrossDocuments.js";
import { dictionaryTagger } from "./testing/dictionaryTagger.js";
import { loadDependencyParser } from "../nlp/loadDependencyParser.js";

const parser = loadDependencyParser();
const tagger = dictionaryTagger({
  "Harbour Safety Board": "ORG",
  "H.S.B.": "LOC",
  "Hill Sports Bureau": "ORG",
  HSB: "ORG",
  "Coastal Fishing League": "ORG",
  CFL: "ORG",
  "Ilse Marr": "PER",
  Norwell: "LOC",
});
const doc = (docKey: string, text: string) =>
  extractDocument({ docKey, file: `${docKey}.md`, title: docKey, text }, tagger, parser);
const docsOf = (r: ReturnType<typeof resolveAcrossDocuments>, alias: string) =>
  r.entities.find((e) => e.aliases.includes(alias))?.docs.sort();

describe("acronyms spelled in another article", () => {
  it("joins the one organization whose name spells the acronym, even one the tagger typed a place", () => {
    const a = doc("doc:a", "The Coastal Fishing League met in Norwell. Ilse Marr chaired the session.");
    const b = doc("doc:b", "Ilse Marr said the CFL would appeal the ruling on Monday.");
    const c = doc("doc:c", "The Harbour Safety Board closed the port of Norwell after the storm.");
    const d = doc("doc:d", "An inspector from the H.S.B. said the port would reopen.");
    const r = resolveAcrossDocuments([a, b, c, d]);
    expect(docsOf(r, "CFL")).toEqual(["doc:a", "doc:b"]);
    expect(docsOf(r, "H.S.B.")).toEqual(["doc:c", "doc:d"]);
    expect(r.entities.find((e) => e.aliases.includes("H.S.B."))?.type).toBe("ORGANIZATION");
  });

  it("joins none when two organizations spell it", () => {
    const a = doc("doc:a", "The Harbour Safety Board closed the port of Norwell after the storm.");
    const b = doc("doc:b", "The Hill Sports Bureau opened a stadium in Norwell.");
    const c = doc("doc:c", "Ilse Marr said the HSB would appeal.");
    const r = resolveAcrossDocuments([a, b, c]);
    expect(docsOf(r, "HSB")).toEqual(["doc:c"]);
  });
});
