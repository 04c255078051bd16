// `kg train-ner [--data DIR] [--out FILE] [--epochs N] [--stages 1|2] [--folds N] [--min-count N] [--no-gmb]`:
// trains the shipped NER model (defaults reproduce packages/builder/models/ner-model.bin.gz byte for byte).
import { existsSync, mkdirSync, writeFileSync, renameSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { NerInputError } from "./parseConll.js";
import { evaluateEntities, formatScores } from "./evaluateEntities.js";
import { FEATURE_VERSION, buildLexicon } from "./featureExtractor.js";
import type { Lexicon } from "./featureExtractor.js";
import { LinearTagger } from "./linearTagger.js";
import { NT, TAGS } from "./viterbi.js";
import { deserializeModel, serializeModel } from "./serializeModel.js";
import type { LinearStage, NerModelData } from "./serializeModel.js";
import { readConllCorpus, readGmbCorpus } from "./readTrainingData.js";
import type { LabeledDocument } from "./readTrainingData.js";
import { makeStackedFeatures } from "./makeStackedFeatures.js";
import { buildMatrix, predictMatrix, trainPerceptron, matrixFor } from "./trainPerceptron.js";
import type { ExtraFeatures } from "./trainPerceptron.js";

const here = dirname(fileURLToPath(import.meta.url));
/** Repository root (packages/builder/src/ner -> ../../../..). */
export const repoRoot = resolve(here, "../../../..");
export const defaultDataDir = resolve(repoRoot, "../shared/data/ner");
export const defaultModelPath = resolve(here, "../../models/ner-model.bin.gz");

export const MODEL_NAME = "newskg-ner-perceptron-v1";

interface TrainArgs {
  data: string;
  out: string;
  epochs: number;
  stages: number;
  gmb: boolean;
  folds: number;
  minCount: number;
}

function parseArgs(args: string[]): TrainArgs {
  const a: TrainArgs = {
    data: defaultDataDir,
    out: defaultModelPath,
    epochs: 12,
    stages: 2,
    gmb: true,
    folds: 4,
    minCount: 1,
  };
  for (let i = 0; i < args.length; i++) {
    const k = args[i]!;
    const v = (): string => {
      const x = args[++i];
      if (x === undefined) throw new Error(`${k} needs a value`);
      return x;
    };
    const int = (): number => {
      const x = Number(v());
      if (!Number.isInteger(x) || x < 1) throw new Error(`${k} needs a positive integer`);
      return x;
    };
    if (k === "--data") a.data = resolve(v());
    else if (k === "--out") a.out = resolve(v());
    else if (k === "--epochs") a.epochs = int();
    else if (k === "--stages") a.stages = Math.min(2, int());
    else if (k === "--folds") a.folds = Math.max(2, int());
    else if (k === "--min-count") a.minCount = int();
    else if (k === "--no-gmb") a.gmb = false;
    else throw new Error(`unknown option ${k}`);
  }
  return a;
}

function lowersOf(d: LabeledDocument): string[] {
  return d.sentences.flatMap((s) => s.map((w) => w.toLowerCase()));
}

function stackedFor(docs: readonly LabeledDocument[], preds: readonly Int32Array[]): ExtraFeatures {
  return (di) =>
    makeStackedFeatures(
      lowersOf(docs[di]!),
      preds[di]!,
      docs[di]!.sentences.map((s) => s.length),
    );
}

/** Splits flat predictions back into per-document arrays. */
function perDoc(docs: readonly LabeledDocument[], flat: Int32Array): Int32Array[] {
  const out: Int32Array[] = [];
  let p = 0;
  for (const d of docs) {
    let n = 0;
    for (const s of d.sentences) n += s.length;
    out.push(flat.slice(p, p + n));
    p += n;
  }
  return out;
}

function trainStage(
  docs: readonly LabeledDocument[],
  lexicon: Lexicon,
  args: TrainArgs,
  seed: number,
  log: (m: string) => void,
  extra?: ExtraFeatures,
): LinearStage {
  const t0 = Date.now();
  const { matrix, table, domainPrivate } = buildMatrix(docs, lexicon, args.minCount, extra);
  log(`  ${matrix.tokens} tokens, ${table.size} features (${((Date.now() - t0) / 1000).toFixed(1)} s to extract)`);
  const stage = trainPerceptron(matrix, table.size, table, { epochs: args.epochs, seed, log: (m) => log(`  ${m}`) });
  // Domain-private weights only absorbed the auxiliary corpus' quirks during training; tagging never uses them.
  for (let id = 0; id < domainPrivate.length; id++) {
    if (domainPrivate[id]) stage.weights.fill(0, id * NT, (id + 1) * NT);
  }
  return stage;
}

export async function trainNerCommand(args: string[]): Promise<number> {
  const log = (m: string): void => void process.stderr.write(`train-ner: ${m}\n`);
  let a: TrainArgs;
  if (args.includes("--help") || args.includes("-h")) {
    log(
      "usage: kg train-ner [--data DIR] [--out FILE] [--epochs N] [--stages 1|2] [--folds N] [--min-count N] [--no-gmb]\n" +
        "Trains the NER model on ../shared/data/ner (CoNLL-2003 train + GMB excerpt; the dev set only measures) and\n" +
        "writes packages/builder/models/ner-model.bin.gz. See packages/builder/models/MODEL_CARD.md.",
    );
    return 0;
  }
  try {
    a = parseArgs(args);
  } catch (e) {
    log((e as Error).message);
    log(
      "usage: kg train-ner [--data DIR] [--out FILE] [--epochs N] [--stages 1|2] [--folds N] [--min-count N] [--no-gmb]",
    );
    return 2;
  }
  const trainPath = join(a.data, "conll2003-train.conll");
  const gmbPath = join(a.data, "gmb-partial.csv");
  const devPath = join(a.data, "conll2003-dev.conll");
  if (!existsSync(a.data)) {
    log(`training data directory not found: ${a.data} (pass --data DIR holding conll2003-train.conll)`);
    return 1;
  }
  for (const p of [trainPath, ...(a.gmb ? [gmbPath] : [])]) {
    if (!existsSync(p)) {
      log(`training file not found: ${p}`);
      return 1;
    }
  }
  try {
    const started = Date.now();
    const docs = readConllCorpus(trainPath);
    if (a.gmb) docs.push(...readGmbCorpus(gmbPath));
    log(`read ${docs.length} training documents`);
    // Word lists from the training text only (common lowercase words, vocabulary), never name lists.
    const lexicon = buildLexicon(docs.flatMap((d) => d.sentences));
    log(`lexicon: ${lexicon.lower.size} lowercase words, ${lexicon.vocab.size} vocabulary words`);
    const stages: LinearStage[] = [];
    log("stage 1 (local features)");
    stages.push(trainStage(docs, lexicon, a, 1, log));
    if (a.stages > 1) {
      // Jackknife: first-stage predictions for each fold come from a model that did not see it, so the second stage
      // learns how far to trust them on unseen text.
      const preds: Int32Array[] = new Array(docs.length);
      for (let f = 0; f < a.folds; f++) {
        log(`stage 1 jackknife fold ${f + 1}/${a.folds}`);
        const inFold = docs.map((_, i) => i % a.folds === f);
        const trainDocs = docs.filter((_, i) => !inFold[i]);
        const heldIdx = docs.map((_, i) => i).filter((i) => inFold[i]);
        const stage = trainStage(trainDocs, lexicon, a, 100 + f, log);
        const held = heldIdx.map((i) => docs[i]!);
        const flat = predictMatrix(matrixFor(held, lexicon, stage.table), stage);
        perDoc(held, flat).forEach((p, j) => (preds[heldIdx[j]!] = p));
      }
      log("stage 2 (stacked document-level features)");
      stages.push(trainStage(docs, lexicon, a, 2, log, stackedFor(docs, preds)));
    }
    const model: NerModelData = {
      header: {
        modelName: MODEL_NAME,
        featureVersion: FEATURE_VERSION,
        training: {
          data: ["conll2003-train.conll", ...(a.gmb ? ["gmb-partial.csv"] : [])],
          epochs: a.epochs,
          stages: a.stages,
          folds: a.folds,
          tags: TAGS,
        },
      },
      stages,
      lexicon,
    };
    const bytes = serializeModel(model, 0.05);
    mkdirSync(dirname(a.out), { recursive: true });
    const tmp = `${a.out}.tmp-${process.pid}`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, a.out);
    const trainSeconds = (Date.now() - started) / 1000;
    log(`wrote ${a.out} (${(bytes.length / 1e6).toFixed(2)} MB) after ${trainSeconds.toFixed(0)} s`);
    if (existsSync(devPath)) {
      const dev = readConllCorpus(devPath);
      const shipped = deserializeModel(bytes);
      for (const consistency of [false, true]) {
        const tagger = new LinearTagger(shipped, consistency);
        const t1 = Date.now();
        const pred = dev.flatMap((d) => tagger.tagDocument(d.sentences));
        const secs = (Date.now() - t1) / 1000;
        const scores = evaluateEntities(
          dev.flatMap((d) => d.tags),
          pred,
        );
        log(
          `dev (${consistency ? "with" : "without"} document consistency, ${secs.toFixed(1)} s):\n${formatScores(scores)}`,
        );
      }
      if (shipped.stages.length > 1) {
        const s1 = new LinearTagger({ ...shipped, stages: shipped.stages.slice(0, 1) }, false);
        const scores = evaluateEntities(
          dev.flatMap((d) => d.tags),
          dev.flatMap((d) => s1.tagDocument(d.sentences)),
        );
        log(`dev (stage 1 only):\n${formatScores(scores)}`);
      }
    } else log(`no dev set at ${devPath}; skipping evaluation`);
    return 0;
  } catch (e) {
    if (e instanceof NerInputError) {
      log(e.message);
      return 1;
    }
    throw e;
  }
}
