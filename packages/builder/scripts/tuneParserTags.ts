// Prototyping aid: what a finer tag set buys the parser. Trains the parser alone on GOLD tags of EWT train (first N
// sentences) and scores EWT dev parsed with gold tags, with the tag the parser reads being UPOS, XPOS or the
// (UPOS, XPOS) pair: the ceiling a predicted finer tag can reach. Dev only measures. Usage:
//   npx tsx packages/builder/scripts/tuneParserTags.ts --tags upos|xpos|joint [--limit N] [--parser-epochs N]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom } from "../src/graph/seededRandom.js";
import { ArcHybridParser, LABEL_BITS, MOVE_BITS, PAIR_ROOT_TAG, UPOS_ROOT_TAG } from "../src/nlp/arcHybridParser.js";
import { AveragedPerceptron } from "../src/nlp/averagedPerceptron.js";
import { readConllu, type ConlluSentence } from "../src/nlp/conllu.js";
import { evaluateParser, formatRelationScores } from "../src/nlp/evaluateParser.js";
import { defaultUdDir } from "../src/nlp/parserPaths.js";
import { DEFAULT_TRAINING, shuffledOrder } from "../src/nlp/trainDependencyParser.js";
import { clusterTableOf, readClusterEntries } from "../src/nlp/wordClusters.js";
import { wordAtomsOf } from "../src/nlp/wordFeatures.js";

const args = process.argv.slice(2);
let mode = "upos";
let limit = 0;
let epochs = DEFAULT_TRAINING.parserEpochs;
for (let i = 0; i < args.length; i++) {
  const k = args[i];
  const v = args[++i] ?? "";
  if (k === "--tags") mode = v;
  else if (k === "--limit") limit = Number(v);
  else if (k === "--parser-epochs") epochs = Number(v);
  else throw new Error(`unknown argument ${k}`);
}
const read = (f: string): ConlluSentence[] => readConllu(readFileSync(join(defaultUdDir, f), "utf8"), f).sentences;
const train = read("en_ewt-ud-train.conllu").slice(0, limit || undefined);
const dev = read("en_ewt-ud-dev.conllu");
const table = clusterTableOf(readClusterEntries());
const keyOf = (s: ConlluSentence, i: number): string =>
  mode === "upos" || mode === "both"
    ? (s.upos[i] ?? "")
    : mode === "xpos"
      ? (s.xpos[i] ?? "")
      : `${s.upos[i]}|${s.xpos[i]}`;
// "both": UPOS in the parser's templates and XPOS in its extra XPOS templates.
const xposSet = [...new Set(train.flatMap((s) => s.xpos))].sort();
const xposId = new Map(xposSet.map((t, i) => [t, i]));
const xtagsOf = (s: ConlluSentence): Uint8Array | undefined =>
  mode === "both" ? Uint8Array.from(s.xpos, (x) => xposId.get(x) ?? 0) : undefined;
const tagSet = [...new Set(train.flatMap((s) => s.words.map((_, i) => keyOf(s, i))))].sort();
const tagId = new Map(tagSet.map((t, i) => [t, i]));
const tagsOf = (s: ConlluSentence): Uint8Array => Uint8Array.from(s.words, (_, i) => tagId.get(keyOf(s, i)) ?? 0);
const labels = [...new Set(train.flatMap((s) => s.deprel))].sort();
const labelId = new Map(labels.map((l, i) => [l, i]));
const prepared = train.map((s) => ({
  atoms: wordAtomsOf(s.words, table),
  tags: tagsOf(s),
  xtags: xtagsOf(s),
  head: Int32Array.from(s.head ?? []),
  label: Uint8Array.from(s.deprel, (d) => labelId.get(d) ?? 0),
}));
const moves = new AveragedPerceptron(MOVE_BITS, 3);
const labelModel = new AveragedPerceptron(LABEL_BITS, labels.length);
const rootTag = mode === "upos" || mode === "both" ? UPOS_ROOT_TAG : PAIR_ROOT_TAG;
const trainer = new ArcHybridParser(moves, labelModel, labels, rootTag);
const random = seededRandom(DEFAULT_TRAINING.seed);
const c0 = process.cpuUsage();
for (let epoch = 0; epoch < epochs; epoch++)
  for (const i of shuffledOrder(prepared.length, random)) {
    const p = prepared[i];
    if (!p) continue;
    const explore = epoch > 0 && random() < 0.9;
    trainer.trainSentence(p.atoms, p.tags, p.head, p.label, moves, labelModel, explore, p.xtags);
  }
const parser = new ArcHybridParser(moves.toSparse().toDense4(), labelModel.toSparse(), labels, rootTag);
const bySentence = new Map(dev.map((s) => [s.words, s]));
const s = evaluateParser(
  {
    analyze(words) {
      const g = bySentence.get(words as string[]);
      if (!g) throw new Error("unknown sentence");
      const r = parser.parse(wordAtomsOf(words, table), tagsOf(g), 1, xtagsOf(g));
      const deprel = Array.from(r.label, (l, i) => ((r.head[i] ?? -1) < 0 ? "root" : (labels[l] ?? "dep")));
      return { upos: g.upos, lemma: g.lemma, head: r.head, deprel };
    },
  },
  dev,
);
const c = process.cpuUsage(c0);
const pct = (x: number): string => (100 * x).toFixed(2);
console.log(
  `gold ${mode} (${tagSet.length} tags), train ${train.length} sentences, ${epochs} epochs: dev UAS ${pct(s.uas)} LAS ${pct(s.las)} ` +
    `(cpu ${((c.user + c.system) / 1e6).toFixed(0)}s)\n${formatRelationScores(s)}`,
);
