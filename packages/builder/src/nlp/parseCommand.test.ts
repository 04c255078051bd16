import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readConllu } from "./conllu.js";
import { parseCommand } from "./parseCommand.js";
import { DependencyParser, PARSER_FEATURE_VERSION } from "./dependencyParser.js";
import { deserializeParserModel, serializeParserModel } from "./parserModelFile.js";
import { defaultParserModelPath } from "./parserPaths.js";
import { TREES } from "./testing.js";
import { trainDependencyParser } from "./trainDependencyParser.js";
import { trainParserCommand } from "./trainParserCommand.js";
import { captureOutput } from "../testing/captureOutput.js";

const dir = mkdtempSync(join(tmpdir(), "newskg-parse-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const output = captureOutput();
/** Invented clusters: the two verbs share a prefix, the nouns another. */
const CLUSTERS: [string, string][] = [
  ["said", "0010"],
  ["detained", "0011"],
  ["minister", "1100"],
  ["activists", "1101"],
];

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe("kg parse --conllu", () => {
  it("prints every input line, with only LEMMA, UPOS, HEAD and DEPREL replaced on word lines", async () => {
    const path = file("good.conllu", TREES);
    expect(await parseCommand(["--conllu", path])).toBe(0);
    const inLines = TREES.split("\n");
    const outLines = output.stdout.split("\n");
    expect(outLines).toHaveLength(inLines.length);
    inLines.forEach((line, k) => {
      const a = line.split("\t");
      const b = (outLines[k] ?? "").split("\t");
      if (a.length !== 10 || !/^\d+$/.test(a[0] ?? "")) expect(outLines[k]).toBe(line);
      else for (const c of [0, 1, 4, 5, 8, 9]) expect(b[c]).toBe(a[c]);
    });
    const parsed = readConllu(output.stdout);
    expect(parsed.errors).toEqual([]);
    expect(parsed.sentences.map((s) => s.words)).toEqual(readConllu(TREES).sentences.map((s) => s.words));
    expect(output.stderr).toBe("");
  });

  it("reports a malformed sentence with file, line and reason and exits 2; --skip-bad prints the good ones", async () => {
    const bad = TREES.replace("6\ttwo\ttwo\tNUM\tCD\t_\t7\tnummod", "6\ttwo\ttwo\tNUM\tCD\t_\tx\tnummod");
    const path = file("bad.conllu", bad);
    expect(await parseCommand(["--conllu", path])).toBe(2);
    expect(output.stderr).toContain(`${path}:8: HEAD "x" is not an integer`);
    expect(output.stdout).toBe("");
    output.stderr = "";
    expect(await parseCommand(["--conllu", path, "--skip-bad"])).toBe(2);
    expect(output.stdout).toContain("# sent_id = t2");
    expect(output.stdout).not.toContain("# sent_id = t1");
  });

  it("exits 2 with a message for a missing file or a missing mode", async () => {
    expect(await parseCommand(["--conllu", join(dir, "nope.conllu")])).toBe(2);
    expect(output.stderr).toContain("file not found");
    expect(await parseCommand([])).toBe(2);
    expect(output.stderr).toContain("give exactly one of --conllu FILE or --text");
  });
});

describe("kg train-parser", () => {
  it("fails clearly on a missing or truncated data folder and writes no model", async () => {
    const out = join(dir, "model.bin.gz");
    expect(await trainParserCommand(["--data", join(dir, "no-such-dir"), "--out", out])).toBe(2);
    expect(output.stderr).toContain("training data not found");
    const truncated = join(dir, "ud-truncated");
    mkdirSync(truncated, { recursive: true });
    writeFileSync(join(truncated, "en_ewt-ud-train.conllu"), TREES + TREES.trimEnd().slice(0, -40));
    expect(await trainParserCommand(["--data", truncated, "--out", out])).toBe(2);
    expect(output.stderr).toMatch(/missing blank line|malformed/);
    writeFileSync(join(truncated, "en_ewt-ud-train.conllu"), TREES);
    expect(await trainParserCommand(["--data", truncated, "--out", out])).toBe(2);
    expect(output.stderr).toContain("truncated?");
    expect(existsSync(out)).toBe(false);
  });

  it("fails clearly on a missing or malformed word-cluster file and writes no model", async () => {
    const out = join(dir, "model-clusters.bin.gz");
    const data = join(dir, "ud-clusters");
    mkdirSync(data, { recursive: true });
    writeFileSync(join(data, "en_ewt-ud-train.conllu"), TREES);
    const missing = join(dir, "no-such-clusters.tsv");
    expect(await trainParserCommand(["--data", data, "--out", out, "--clusters", missing])).toBe(2);
    expect(output.stderr).toContain("word clusters not found");
    const bad = file("bad-clusters.tsv", "# header\npolice\t0101\nriot 0110\n");
    expect(await trainParserCommand(["--data", data, "--out", out, "--clusters", bad])).toBe(2);
    expect(output.stderr).toContain(`${bad}:3: expected word<TAB>bit path`);
    expect(existsSync(out)).toBe(false);
  });

  it("is deterministic: the same data and options give the same bytes", () => {
    const sentences = readConllu(TREES.repeat(20)).sentences;
    // Two trainings of one small model with every option that adds a trained part or a feature on (the beam, the
    // second tagger pass, the XPOS tagger, word clusters): each part that could vary between runs is in the file.
    const options = {
      taggerEpochs: 2,
      parserEpochs: 2,
      folds: 2,
      seed: 7,
      modelName: "test",
      beam: 4,
      twoPassTagger: true,
      xposTagger: true,
      clusters: CLUSTERS,
    };
    const a = serializeParserModel(trainDependencyParser(sentences, options));
    const b = serializeParserModel(trainDependencyParser(sentences, options));
    expect(a.equals(b)).toBe(true);
    expect(a.length).toBeGreaterThan(100);
    const model = deserializeParserModel(a, PARSER_FEATURE_VERSION);
    expect([model.tagger2, model.xpos, model.header.clusters]).not.toContain(undefined);
  });

  it("stores the word clusters it trained with in the model, and reads them back", () => {
    const sentences = readConllu(TREES.repeat(20)).sentences;
    const options = { taggerEpochs: 2, parserEpochs: 2, folds: 2, seed: 7, modelName: "test", beam: 1 };
    const bytes = serializeParserModel(
      trainDependencyParser(sentences, { ...options, twoPassTagger: false, clusters: CLUSTERS }),
    );
    const model = deserializeParserModel(bytes, PARSER_FEATURE_VERSION);
    expect(model.header.clusters).toEqual(CLUSTERS);
    const plain = serializeParserModel(trainDependencyParser(sentences, { ...options, twoPassTagger: false }));
    expect(plain.equals(bytes)).toBe(false);
  });

  it("trains an XPOS tagger whose tags agree with UPOS and that the parser reads beside UPOS", () => {
    const sentences = readConllu(TREES.repeat(20)).sentences;
    const options = { taggerEpochs: 3, parserEpochs: 4, folds: 3, seed: 7, modelName: "test", beam: 1 };
    const bytes = serializeParserModel(
      trainDependencyParser(sentences, { ...options, twoPassTagger: false, xposTagger: true }),
    );
    const again = serializeParserModel(
      trainDependencyParser(sentences, { ...options, twoPassTagger: false, xposTagger: true }),
    );
    expect(again.equals(bytes)).toBe(true);
    const model = deserializeParserModel(bytes, PARSER_FEATURE_VERSION);
    expect(model.xpos).toBeDefined();
    expect(model.header.xpos?.xpos).toEqual([".", "CD", "DT", "NN", "NNS", "PRP", "RB", "VB", "VBD", "VBP"]);
    const parser = new DependencyParser(model);
    for (const s of readConllu(TREES).sentences) {
      const r = parser.analyze(s.words);
      expect(r.upos).toEqual(s.upos);
      expect(r.xpos).toEqual(s.xpos);
      expect([...r.head]).toEqual(s.head);
      expect(r.deprel).toEqual(s.deprel);
    }
    // Without the XPOS tagger the file has neither its tag set nor its weights.
    const plain = deserializeParserModel(
      serializeParserModel(trainDependencyParser(sentences, { ...options, twoPassTagger: false })),
      PARSER_FEATURE_VERSION,
    );
    expect(plain.xpos).toBeUndefined();
    expect(plain.header.xpos).toBeUndefined();
    expect(new DependencyParser(plain).analyze(["They", "agree", "."]).xpos).toBeUndefined();
  }, 180_000);

  it("trains a beam parser with a two-pass tagger that decodes with its beam and learns its training trees", () => {
    const sentences = readConllu(TREES.repeat(20)).sentences;
    // Three folds: with two, each fold would hold only one of the two trees and the jackknifed tags would be poor.
    const options = { taggerEpochs: 3, parserEpochs: 4, folds: 3, seed: 7, modelName: "test", beam: 4 };
    const model = deserializeParserModel(
      serializeParserModel(trainDependencyParser(sentences, { ...options, twoPassTagger: true })),
      PARSER_FEATURE_VERSION,
    );
    expect(model.tagger2).toBeDefined();
    expect(model.header.clusters).toBeUndefined();
    const parser = new DependencyParser(model);
    expect(parser.beam).toBe(4);
    expect(new DependencyParser(model, { beam: 1 }).beam).toBe(1);
    for (const s of readConllu(TREES).sentences) {
      const r = parser.analyze(s.words);
      expect([...r.head]).toEqual(s.head);
      expect(r.deprel).toEqual(s.deprel);
      expect(r.upos).toEqual(s.upos);
    }
  });
});

it("the shipped model file is named after its feature version, as its model is", () => {
  expect(defaultParserModelPath).toMatch(new RegExp(`parser-model-v${PARSER_FEATURE_VERSION}\\.bin\\.gz$`));
  const model = deserializeParserModel(readFileSync(defaultParserModelPath), PARSER_FEATURE_VERSION);
  expect(model.header.featureVersion).toBe(PARSER_FEATURE_VERSION);
  expect(model.header.modelName).toBe(`newskg-ud-ewt-arc-hybrid-v${PARSER_FEATURE_VERSION}`);
});
