// `kg train-parser [--data DIR] [--out FILE]`: trains the tagger, lemmatizer and parser on UD English EWT train
// and writes the model atomically; the defaults reproduce the shipped packages/builder/models/parser-model-vN.bin.gz
// (N: the feature version) byte for byte.
// EWT dev is only measured, never trained on.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeFileAtomic } from "../io/writeFileAtomic.js";
import { readConllu } from "./conllu.js";
import { DependencyParser } from "./dependencyParser.js";
import { evaluateParser, formatRelationScores } from "./evaluateParser.js";
import { deserializeParserModel, serializeParserModel } from "./parserModelFile.js";
import { defaultParserModelPath, defaultUdDir, parserModelFileName } from "./parserPaths.js";
import { DEFAULT_TRAINING, trainDependencyParser } from "./trainDependencyParser.js";
import { parserClustersPath, readClusterEntries } from "./wordClusters.js";
import { PARSER_FEATURE_VERSION } from "./parserFeatureVersion.js";

const USAGE =
  "usage: kg train-parser [--data DIR] [--out FILE] [--clusters FILE] [--tagger-epochs N] [--parser-epochs N] [--beam N] [--limit N] [--xpos]";
const TRAIN_FILE = "en_ewt-ud-train.conllu";
const DEV_FILE = "en_ewt-ud-dev.conllu";
/** A usable treebank has thousands of sentences; fewer means a truncated copy, not a smaller corpus. */
const MIN_TRAIN_SENTENCES = 1000;

export async function trainParserCommand(args: string[]): Promise<number> {
  const err = (m: string): void => void process.stderr.write(`kg train-parser: ${m}\n`);
  let data = defaultUdDir;
  let out = defaultParserModelPath;
  let clustersFile = parserClustersPath;
  const options = { ...DEFAULT_TRAINING };
  for (let i = 0; i < args.length; i++) {
    const k = args[i] ?? "";
    if (k === "--help" || k === "-h") {
      process.stderr.write(
        `${USAGE}\n\nTrains on DIR/${TRAIN_FILE} (default ../shared/data/ud), reports scores on DIR/${DEV_FILE} when\n` +
          `present, and writes the model file atomically (default packages/builder/models/${parserModelFileName}). The word\n` +
          `clusters default to packages/builder/data/ner-clusters.tsv; the model carries its copy. --xpos adds a Penn\n` +
          `Treebank (XPOS) tagger whose tags the parser reads beside UPOS (not in the shipped model).\n`,
      );
      return 0;
    }
    if (k === "--xpos") {
      options.xposTagger = true;
      continue;
    }
    const v = args[++i];
    if (v === undefined) {
      err(`${k} needs a value\n${USAGE}`);
      return 2;
    }
    if (k === "--data") data = resolve(v);
    else if (k === "--out") out = resolve(v);
    else if (k === "--clusters") clustersFile = resolve(v);
    else if (k === "--tagger-epochs" || k === "--parser-epochs" || k === "--beam" || k === "--limit") {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) {
        err(`${k} needs a positive integer`);
        return 2;
      }
      if (k === "--tagger-epochs") options.taggerEpochs = n;
      else if (k === "--parser-epochs") options.parserEpochs = n;
      else if (k === "--beam") options.beam = n;
      else options.limit = n;
    } else {
      err(`unknown argument "${k}"\n${USAGE}`);
      return 2;
    }
  }
  const trainPath = join(data, TRAIN_FILE);
  if (!existsSync(trainPath)) {
    err(`training data not found: ${trainPath} (give --data DIR holding ${TRAIN_FILE})`);
    return 2;
  }
  if (!existsSync(clustersFile)) {
    err(`word clusters not found: ${clustersFile} (give --clusters FILE, made by scripts/buildWordClusters.ts)`);
    return 2;
  }
  let clusters: [string, string][];
  try {
    clusters = readClusterEntries(clustersFile);
  } catch (e) {
    err(`${(e as Error).message}; no model written`);
    return 2;
  }
  const train = readConllu(readFileSync(trainPath, "utf8"), trainPath);
  if (train.errors.length) {
    for (const e of train.errors.slice(0, 10)) err(`${e.file}:${e.line}: ${e.reason}`);
    err(`${train.errors.length} malformed sentence(s) in the training data; no model written`);
    return 2;
  }
  if (train.sentences.length < MIN_TRAIN_SENTENCES) {
    err(`${trainPath} has only ${train.sentences.length} sentences: truncated? no model written`);
    return 2;
  }
  const started = Date.now();
  const model = trainDependencyParser(train.sentences, {
    ...options,
    clusters,
    log: (m) => process.stderr.write(`  [${((Date.now() - started) / 1000).toFixed(0)}s] ${m}\n`),
  });
  const bytes = serializeParserModel(model);
  await writeFileAtomic(out, bytes);
  process.stderr.write(`wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB)\n`);
  const devPath = join(data, DEV_FILE);
  if (existsSync(devPath)) {
    const dev = readConllu(readFileSync(devPath, "utf8"), devPath);
    const parser = new DependencyParser(deserializeParserModel(bytes, PARSER_FEATURE_VERSION));
    const s = evaluateParser(parser, dev.sentences);
    const pct = (x: number): string => (100 * x).toFixed(2);
    process.stderr.write(
      `EWT dev (${s.words} words): UPOS ${pct(s.upos)}  lemma ${pct(s.lemma)}  UAS ${pct(s.uas)}  LAS ${pct(s.las)}` +
        ` (with subtypes ${pct(s.lasFull)})\nlabeled attachment per relation:\n${formatRelationScores(s)}\n`,
    );
  }
  return 0;
}
