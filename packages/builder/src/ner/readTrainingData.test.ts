import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { NerInputError } from "./parseConll.js";
import {
  btcTypes,
  readConllCorpus,
  readGmbCorpus,
  readTwoColumnCorpus,
  readUnerCorpus,
  wnutTypes,
} from "./readTrainingData.js";

const dir = mkdtempSync(join(tmpdir(), "newskg-read-ner-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** The error thrown by fn, checked to be a NerInputError naming the file and line. */
function failure(fn: () => unknown, path: string, line: number): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(NerInputError);
    const err = e as NerInputError;
    expect(err.file).toBe(path);
    expect(err.line).toBe(line);
    expect(err.message.startsWith(`${path}:${line}: `)).toBe(true);
    return err.message;
  }
  throw new Error("expected a NerInputError");
}

// Made-up sentences.
describe("CoNLL training files", () => {
  it("reports an unknown tag and a mismatched column count with file and line", () => {
    const unknown = file("u.conll", "Tomas NNP O B-PERSON\nran VBD O O\n");
    expect(failure(() => readConllCorpus(unknown), unknown, 1)).toContain('unknown NER tag "B-PERSON"');
    const cols = file("c.conll", "Tomas NNP O B-PER\nran VBD O\n");
    expect(failure(() => readConllCorpus(cols), cols, 2)).toContain("3 column(s) where earlier token lines have 4");
  });

  it("reports a malformed line (leading whitespace, control characters)", () => {
    const ws = file("w.conll", "Tomas NNP O B-PER\n ran VBD O O\n");
    expect(failure(() => readConllCorpus(ws), ws, 2)).toContain("malformed line");
    const ctl = file("x.conll", "Tomas NNP O B-PER\nr\u0001an VBD O O\n");
    expect(failure(() => readConllCorpus(ctl), ctl, 2)).toContain("control characters");
  });
});

describe("GMB CSV", () => {
  const head = "Sentence #,Word,POS,Tag\n";
  it("maps types and strips leading titles", () => {
    const p = file("ok.csv", head + "Sentence: 1,Mayor,NNP,B-per\n,Ilse,NNP,I-per\n,Varga,NNP,I-per\n,spoke,VBD,O\n");
    expect(readGmbCorpus(p)[0]!.tags).toEqual([["O", "B-PER", "I-PER", "O"]]);
  });

  it("groups consecutive sentences into pseudo-documents on request", () => {
    const rows = [1, 2, 3].map((n) => `Sentence: ${n},Word${n},NN,O\n,.,.,O\n`).join("");
    const p = file("g.csv", head + rows);
    expect(readGmbCorpus(p, 0, 2).map((d) => d.sentences.length)).toEqual([2, 1]);
  });

  it("reports a mismatched column count, an unknown tag and a malformed line", () => {
    const cols = file("c.csv", head + "Sentence: 1,Ilse,NNP,B-per\n,Varga,NNP\n");
    expect(failure(() => readGmbCorpus(cols), cols, 3)).toContain("3 column(s), expected 4");
    const tag = file("t.csv", head + "Sentence: 1,Ilse,NNP,B-person\n");
    expect(failure(() => readGmbCorpus(tag), tag, 2)).toContain('unknown NER tag "B-person"');
    const orphan = file("o.csv", head + ",Ilse,NNP,O\n");
    expect(failure(() => readGmbCorpus(orphan), orphan, 2)).toContain("before the first sentence");
  });
});

describe("two-column tweet corpora", () => {
  it("maps WNUT-17 types and makes every tweet a document", () => {
    const p = file(
      "wnut.conll",
      "met\tO\nOrla\tB-person\nat\tO\nRedwick\tB-corporation\nLabs\tI-corporation\n\nloving\tO\nmy\tO\nZephyrPad\tB-product\n",
    );
    const docs = readTwoColumnCorpus(p, wnutTypes);
    expect(docs.map((d) => d.tags)).toEqual([[["O", "B-PER", "O", "B-ORG", "I-ORG"]], [["O", "O", "B-MISC"]]]);
  });

  it("skips whitespace-only tokens outside entities", () => {
    const p = file("ws.conll", "hi\tO\n \tO\nOrla\tB-PER\n");
    expect(readTwoColumnCorpus(p, btcTypes)[0]!.sentences).toEqual([["hi", "Orla"]]);
  });

  it("reports a mismatched column count and an unknown tag with file and line", () => {
    const cols = file("c2.conll", "hi\tO\nOrla B-PER\n");
    expect(failure(() => readTwoColumnCorpus(cols, btcTypes), cols, 2)).toContain("1 tab-separated column(s)");
    const extra = file("e2.conll", "hi\tO\tX\n");
    expect(failure(() => readTwoColumnCorpus(extra, btcTypes), extra, 1)).toContain("3 tab-separated column(s)");
    const tag = file("t2.conll", "hi\tO\n\nOrla\tB-person\n");
    expect(failure(() => readTwoColumnCorpus(tag, btcTypes), tag, 3)).toContain('unknown NER tag "B-person"');
    const empty = file("m2.conll", "hi\tO\n \tB-PER\n");
    expect(failure(() => readTwoColumnCorpus(empty, btcTypes), empty, 2)).toContain("empty token");
  });
});

describe("UNER files", () => {
  it("reads documents and reports a mismatched column count", () => {
    const ok = file(
      "u.iob2",
      "# newdoc id = a\n# sent_id = a-1\n1\tOrla\tB-PER\t-\t-\n2\tleft\tO\t-\t-\n\n# newdoc id = b\n1\tRain\tO\t-\t-\n",
    );
    expect(readUnerCorpus(ok).map((d) => d.sentences)).toEqual([[["Orla", "left"]], [["Rain"]]]);
    const bad = file("b.iob2", "1\tOrla\tB-PER\t-\t-\n2\tleft\tO\n");
    expect(failure(() => readUnerCorpus(bad), bad, 2)).toContain("malformed line");
  });
});
