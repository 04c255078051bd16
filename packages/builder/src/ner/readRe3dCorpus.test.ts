import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { NerInputError } from "./parseConll.js";
import { readRe3dCorpus } from "./readRe3dCorpus.js";

const root = mkdtempSync(join(tmpdir(), "newskg-re3d-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A re3d source folder from made-up text and [begin text, type] annotations (offsets found in the text). */
function source(name: string, text: string, entities: [string, string, number?][]): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "documents.json"), JSON.stringify({ _id: "D1", title: "t", text }) + "\n");
  const lines = entities.map(([value, type, from]) => {
    const begin = text.indexOf(value, from ?? 0);
    return JSON.stringify({ documentId: "D1", begin, end: begin + value.length, type, value });
  });
  writeFileSync(join(dir, "entities.json"), lines.join("\n") + "\n");
  return dir;
}

function tagged(dir: string): string[] {
  const d = readRe3dCorpus(dir)[0]!;
  return d.sentences.flatMap((s, i) => s.map((w, k) => (d.tags[i]![k] === "O" ? w : `${w}/${d.tags[i]![k]}`)));
}

// Made-up sentences.
describe("re3d reader", () => {
  it("keeps names, without determiners or titles, and drops pronouns and nominal mentions", () => {
    const text = "The Velmora Front said we would leave the city. Colonel Arin Toller met the Dastran Union in Korvel.";
    const dir = source("a", text, [
      ["The Velmora Front", "Organisation"],
      ["we", "Organisation"],
      ["the city", "Location"],
      ["Colonel Arin Toller", "Person"],
      ["the Dastran Union", "Organisation"],
      ["Korvel", "Location"],
      ["Korvel", "Temporal"],
    ]);
    expect(tagged(dir)).toEqual(
      [
        "The Velmora/B-ORG Front/I-ORG said we would leave the city .",
        "Colonel Arin/B-PER Toller/I-PER met the Dastran/B-ORG Union/I-ORG in Korvel/B-LOC .",
      ]
        .join(" ")
        .split(" "),
    );
  });

  it("prefers the longest of overlapping names and maps nationality words to MISC", () => {
    const text = "The Army of Velmora and Brask crossed into Korvel with Velmoran units.";
    const dir = source("b", text, [
      ["Army of Velmora and Brask", "Organisation"],
      ["Velmora", "Location"],
      ["Brask", "Location"],
      ["Korvel", "Location"],
      ["Velmoran", "Nationality"],
    ]);
    expect(tagged(dir).join(" ")).toBe(
      "The Army/B-ORG of/I-ORG Velmora/I-ORG and/I-ORG Brask/I-ORG crossed into Korvel/B-LOC with Velmoran/B-MISC units .",
    );
  });

  it("reports a broken line or an unknown document with file and line", () => {
    const dir = source("c", "Korvel is quiet.", [["Korvel", "Location"]]);
    writeFileSync(join(dir, "entities.json"), '{"documentId":"D1","begin":0,"end":6,"type":"Location"}\n{oops\n');
    expect(() => readRe3dCorpus(dir)).toThrow(NerInputError);
    expect(() => readRe3dCorpus(dir)).toThrow(`${join(dir, "entities.json")}:2: malformed JSON line`);
    writeFileSync(join(dir, "entities.json"), '{"documentId":"D9","begin":0,"end":6,"type":"Location"}\n');
    expect(() => readRe3dCorpus(dir)).toThrow(`${join(dir, "entities.json")}:1: unknown document "D9"`);
    writeFileSync(join(dir, "entities.json"), '{"documentId":"D1","begin":0,"end":600,"type":"Location"}\n');
    expect(() => readRe3dCorpus(dir)).toThrow("outside the document text");
  });
});
