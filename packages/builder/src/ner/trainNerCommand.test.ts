import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadNerTagger } from "./index.js";
import { RE3D_SOURCES, trainNerCommand } from "./trainNerCommand.js";
import { deserializeModel } from "./serializeModel.js";

const dir = mkdtempSync(join(tmpdir(), "newskg-train-ner-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let stderr = "";
beforeEach(() => {
  stderr = "";
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

// A tiny made-up corpus: enough to exercise the whole training pipeline, not to learn much.
function sentence(words: [string, string][]): string {
  return words.map(([w, t]) => `${w} NN O ${t}`).join("\n");
}
const DOCS = Array.from({ length: 6 }, (_, d) =>
  [
    "-DOCSTART- -X- -X- O",
    "",
    sentence([
      ["Minister", "O"],
      [`Arman${d}`, "B-PER"],
      ["Seitov", "I-PER"],
      ["visited", "O"],
      ["Tarvosk", "B-LOC"],
      [".", "O"],
    ]),
    "",
    sentence([
      ["Seitov", "B-PER"],
      ["joined", "O"],
      ["Dravomet", "B-ORG"],
      [".", "O"],
    ]),
    "",
  ].join("\n"),
).join("\n");
const GMB = [
  "Sentence #,Word,POS,Tag",
  "Sentence: 1,President,NNP,B-per",
  ",Dorvik,NNP,I-per",
  ",visited,VBD,O",
  ",Halmstrand,NNP,B-geo",
  ",with,IN,O",
  ",Ruritanian,JJ,B-gpe",
  ",officials,NNS,O",
  ',".",.,O',
].join("\n");

// Made-up tweets in the two-column layout of the Broad Twitter Corpus and WNUT-17.
const TWEETS = [
  "Varnholt\tB-PER\nvisited\tO\nKelmarsh\tB-LOC\ntoday\tO\n",
  "loving\tO\nthe\tO\nBrightwave\tB-ORG\napp\tO\n",
].join("\n");

function openData(): string {
  const data = mkdtempSync(join(dir, "open-"));
  mkdirSync(join(data, "btc"));
  mkdirSync(join(data, "wnut17"));
  writeFileSync(join(data, "gmb-partial.csv"), GMB + "\n");
  for (const x of ["a", "b", "e", "f", "g"]) writeFileSync(join(data, `btc/${x}.conll`), TWEETS);
  const wnut = TWEETS.replace("B-PER", "B-person").replace("B-LOC", "B-location").replace("B-ORG", "B-corporation");
  writeFileSync(join(data, "wnut17/wnut17train.conll"), wnut);
  writeFileSync(join(data, "wnut17/emerging.dev.conll"), wnut);
  // re3d sources live beside the NER data (../relations/re3d), as in ../shared/data.
  for (const src of RE3D_SOURCES) {
    const re3d = join(data, "../relations/re3d", src);
    mkdirSync(re3d, { recursive: true });
    const text = "The Velmora Front met officials in Korvel.";
    writeFileSync(join(re3d, "documents.json"), JSON.stringify({ _id: "D1", text }) + "\n");
    const ents = [
      { documentId: "D1", begin: 0, end: 17, type: "Organisation" },
      { documentId: "D1", begin: 35, end: 41, type: "Location" },
    ];
    writeFileSync(join(re3d, "entities.json"), ents.map((e) => JSON.stringify(e)).join("\n") + "\n");
  }
  return data;
}

describe("kg train-ner", () => {
  it("trains, writes a loadable model and reports dev scores", async () => {
    const data = mkdtempSync(join(dir, "data-"));
    writeFileSync(join(data, "conll2003-train.conll"), DOCS + "\n");
    writeFileSync(join(data, "conll2003-dev.conll"), DOCS + "\n");
    writeFileSync(join(data, "gmb-partial.csv"), GMB + "\n");
    const out = join(dir, "model.bin.gz");
    const code = await trainNerCommand([
      "--profile",
      "research",
      ...["--data", data, "--out", out, "--epochs", "3", "--folds", "2"],
    ]);
    expect(code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(stderr).toMatch(/dev \(with document consistency/);
    expect(stderr).toMatch(/overall P [\d.]+ +R [\d.]+ +F1 [\d.]+/);
    const tags = loadNerTagger(out).tagDocument([["Minister", "Arman9", "Seitov", "visited", "Tarvosk", "."]]);
    expect(tags[0]).toHaveLength(6);
    // The research profile keeps the templates its shipped model was trained with.
    expect(deserializeModel(readFileSync(out)).header.featureVersion).toBe(5);
  });

  it("trains the open profile from GMB, the tweet corpora and re3d only", async () => {
    const data = openData();
    const out = join(dir, "open.bin.gz");
    expect(await trainNerCommand(["--data", data, "--out", out, "--epochs", "2", "--folds", "2"])).toBe(0);
    expect(stderr).toContain("profile open: read");
    expect(stderr).toContain("from 12 file(s)");
    expect(stderr).toMatch(/WNUT-17 dev \(with document consistency/);
    expect(loadNerTagger(out).modelName).toBe("newskg-ner-open-v4");
    expect(deserializeModel(readFileSync(out)).header.featureVersion).toBe(9);
    // A recipe tried before v4 (not shipped): version 6 templates and the synthetic organisation sentences.
    const v6 = join(dir, "open-v6.bin.gz");
    const args = ["--data", data, "--out", v6, "--epochs", "2", "--folds", "2", "--feature-version", "6"];
    expect(await trainNerCommand([...args, "--organizations"])).toBe(0);
    expect(deserializeModel(readFileSync(v6)).header.featureVersion).toBe(6);
    expect(await trainNerCommand([...args.slice(0, -1), "11"])).toBe(2);
    expect(stderr).toContain("--feature-version must be 5, 6, 7, 8, 9 or 10, got 11");
  });

  it("stops before writing anything when a training file has a bad line, naming file and line", async () => {
    const data = openData();
    const bad = join(data, "btc/e.conll");
    writeFileSync(bad, "hello\tO\nVarnholt\tB-PERSON\n");
    const out = join(dir, "never.bin.gz");
    expect(await trainNerCommand(["--data", data, "--out", out, "--epochs", "2"])).toBe(1);
    expect(stderr).toContain(`${bad}:2: unknown NER tag "B-PERSON"`);
    expect(existsSync(out)).toBe(false);
    writeFileSync(bad, "hello\tO\nVarnholt\tB-PER\textra\n");
    expect(await trainNerCommand(["--data", data, "--out", out, "--epochs", "2"])).toBe(1);
    expect(stderr).toContain(`${bad}:2: malformed line: 3 tab-separated column(s)`);
    expect(existsSync(out)).toBe(false);
  });

  it("fails clearly when the data directory or a file is missing", async () => {
    const missing = join(dir, "no-such-dir");
    expect(await trainNerCommand(["--data", missing])).toBe(1);
    expect(stderr).toContain(missing);
    const partial = mkdtempSync(join(dir, "partial-"));
    expect(await trainNerCommand(["--profile", "research", "--data", partial])).toBe(1);
    expect(stderr).toContain(join(partial, "conll2003-train.conll"));
    expect(await trainNerCommand(["--data", partial])).toBe(1);
    expect(stderr).toContain(join(partial, "gmb-partial.csv"));
  });

  it("rejects unknown options with usage", async () => {
    expect(await trainNerCommand(["--bogus"])).toBe(2);
    expect(stderr).toContain("usage");
  });
});
