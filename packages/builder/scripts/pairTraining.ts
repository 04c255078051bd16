// Trains the learned pair classifier (src/relations/pairClassifier.ts) on the re3d open subsets: the model file's text,
// byte for byte the same on every run (documents in file order, a seeded shuffle, integer-quantised weights). Used by
// scripts/trainPairClassifier.ts, which writes it, and by the test that the shipped file equals a retrain
// (test/build/pairClassifierRetrain.test.ts). Model card: packages/builder/models/pair-classifier.MODEL_CARD.md.
//
// Each re3d document goes through the builder's own extraction (sentences, open NER, parser, patterns), so the
// classifier learns on the mentions, parses and pattern readings it will see at run time. A same-sentence pair of
// mentions is a positive when re3d relates the gold mentions holding their heads by a relation the mapping
// (data/re3d-relation-map.json) sends to one of our categories; pairs re3d relates otherwise are left out when the
// mapping excludes that kind, and every other pair is a negative. Calibration: a sigmoid fitted on the margins of
// 5 document folds, each scored by a model trained on the other four.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { EntityType } from "@newskg/graph-model";
import { readDataFile } from "../src/data/readDataFile.js";
import { extractDocument } from "../src/extract/index.js";
import { seededRandom } from "../src/graph/seededRandom.js";
import { loadNerTagger } from "../src/ner/index.js";
import { AveragedPerceptron } from "../src/nlp/averagedPerceptron.js";
import type { Doc } from "../src/nlp/doc.js";
import { loadDependencyParser } from "../src/nlp/loadDependencyParser.js";
import {
  PAIR_CLASSES,
  base64Int32,
  candidatePairs,
  classAllowed,
  type PairModelFile,
} from "../src/relations/pairClassifier.js";
import { pairFeatures, spanHead } from "../src/relations/pairFeatures.js";
import { readRelations } from "../src/relations/readRelations.js";
import { STATIC_PATTERNS } from "../src/relations/staticPatterns.js";
import type { EntitySpan } from "../src/relations/types.js";

/** The re3d folder in ../shared beside the repository root, wherever the caller runs from. */
export const DEFAULT_RE3D_DIR = fileURLToPath(new URL("../../../../shared/data/relations/re3d", import.meta.url));

export interface PairTrainingOptions {
  /** The re3d folder (one subfolder per subset). */
  root?: string;
  epochs?: number;
  /** Emit threshold on the calibrated probability; tuned on the CNN development reference and Re-DocRED dev
   * (measuring sets only; see the model card). */
  threshold?: number;
  /** Progress and held-out figures, one line at a time. */
  log?: (line: string) => void;
}

const BITS = 18;
const FOLDS = 5;
const SEED = 20261201;

interface Rule {
  type: string;
  source: string[];
  target: string[];
  category: string;
}
interface RelationMap {
  subsets: string[];
  rules: Rule[];
  exclude: { type: string; source?: string[]; target?: string[] }[];
}

interface Re3dDoc {
  _id: string;
  title: string;
  text: string;
}
interface Re3dEntity {
  value: string;
  begin: number;
  end: number;
  type: string;
  documentId: string;
}
interface Re3dRelation {
  sourceBegin: number;
  sourceEnd: number;
  targetBegin: number;
  targetEnd: number;
  type: string;
  documentId: string;
}

function jsonLines<T>(file: string): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (error) {
        throw new Error(`${file}:${i + 1}: ${(error as Error).message}`, { cause: error });
      }
    });
}

interface Instance {
  features: Int32Array;
  truth: number;
  /** Classes the pair's types allow (NONE always). */
  allowed: number[];
  doc: number;
}

/** Country names (re3d types countries as Location; the patterns tell them apart). */
const COUNTRIES = new Set(
  (
    createRequire(import.meta.url)("world-countries/countries.json") as { name: { common: string; official: string } }[]
  ).flatMap((c) => [c.name.common.toLowerCase(), c.name.official.toLowerCase()]),
);
const TYPES: Record<string, EntityType> = { Person: "PERSON", Organisation: "ORGANIZATION", Location: "LOCATION" };
/** The model file's text (JSON with a final newline) trained on the re3d folder. */
export function trainPairModel(options: PairTrainingOptions = {}): string {
  const root = options.root ?? DEFAULT_RE3D_DIR;
  const EPOCHS = options.epochs ?? 12;
  const THRESHOLD = options.threshold ?? 0.3;
  const log = options.log ?? (() => {});
  const MAP = readDataFile<RelationMap>("re3d-relation-map.json");
  /** Entity type by entity id (ids are per distinct mention text over the whole run). */
  const entityTypes: EntityType[] = [];
  const entityIds = new Map<string, number>();

  /**
   * The gold mentions of a document as entity spans over its tokens: people, organisations and places named with a
   * capitalized word (the classifier sees names and resolved references, not "militants" or "the area"), and
   * nationalities as country adjectives (for the patterns). Overlaps keep the first, longer mention.
   */
  function goldSpans(doc: Doc, mentions: Re3dEntity[]): EntitySpan[] {
    const out: EntitySpan[] = [];
    const taken = new Uint8Array(doc.length);
    const sorted = [...mentions].sort((a, b) => a.begin - b.begin || b.end - a.end);
    for (const m of sorted) {
      const value = m.value.replace(/^(the|a|an)\s+/i, "");
      const nationality = m.type === "Nationality";
      let type = nationality ? "COUNTRY" : TYPES[m.type];
      if (!type || !/\p{Lu}/u.test(value)) continue;
      if (type === "LOCATION" && COUNTRIES.has(value.toLowerCase())) type = "COUNTRY";
      let start = -1;
      let end = -1;
      for (let t = 0; t < doc.length; t++) {
        if ((doc.start[t] ?? 0) >= m.begin && (doc.end[t] ?? 0) <= m.end) {
          if (start < 0) start = t;
          end = t + 1;
        }
      }
      if (start < 0) continue;
      // Leading determiners are not part of a name span.
      while (start < end - 1 && /^(the|a|an)$/i.test(doc.words[start] ?? "")) start++;
      if (doc.sentOf[start] !== doc.sentOf[end - 1]) continue;
      let free = true;
      for (let t = start; t < end; t++) if (taken[t]) free = false;
      if (!free) continue;
      for (let t = start; t < end; t++) taken[t] = 1;
      const key = `${type}|${value.toLowerCase()}`;
      let entity = entityIds.get(key);
      if (entity === undefined) {
        entity = entityTypes.length;
        entityTypes.push(type);
        entityIds.set(key, entity);
      }
      out.push({ start, end, entity, type, ...(nationality && { adjective: true }) });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  const sets = new Map(Object.entries(STATIC_PATTERNS.sets).map(([k, v]) => [k, new Set(v)]));
  const mask = (1 << BITS) - 1;
  const tagger = loadNerTagger();
  const parser = loadDependencyParser();
  const instances: Instance[] = [];
  const counts = new Map<string, number>();
  let docIndex = 0;
  let goldMapped = 0;
  let goldSameSentenceFound = 0;

  for (const subset of MAP.subsets) {
    const dir = join(root, subset);
    const docs = jsonLines<Re3dDoc>(join(dir, "documents.json"));
    const entities = jsonLines<Re3dEntity>(join(dir, "entities.json"));
    const relations = jsonLines<Re3dRelation>(join(dir, "relations.json"));
    const typeAt = new Map(entities.map((e) => [`${e.documentId}|${e.begin}|${e.end}`, e.type]));
    for (const d of docs) {
      const rels = relations
        .filter((r) => r.documentId === d._id)
        .map((r) => {
          const st = typeAt.get(`${d._id}|${r.sourceBegin}|${r.sourceEnd}`) ?? "";
          const tt = typeAt.get(`${d._id}|${r.targetBegin}|${r.targetEnd}`) ?? "";
          const rule = MAP.rules.find((x) => x.type === r.type && x.source.includes(st) && x.target.includes(tt));
          const excluded = MAP.exclude.some(
            (x) => x.type === r.type && (!x.source || x.source.includes(st)) && (!x.target || x.target.includes(tt)),
          );
          if (rule) goldMapped++;
          return { r, category: rule?.category, excluded: !rule && excluded };
        });
      let observed: { doc: Doc } | undefined;
      extractDocument({ docKey: `doc:${d._id}`, file: `${d._id}.txt`, title: d.title, text: d.text }, tagger, parser, {
        observeParse: (doc) => {
          observed = { doc };
        },
      });
      const k = docIndex++;
      if (!observed) continue;
      const { doc } = observed;
      const spans = goldSpans(
        doc,
        entities.filter((e) => e.documentId === d._id),
      );
      const article = { doc, spans, nested: [], typeOf: (e: number) => entityTypes[e] ?? "PERSON" };
      const read = readRelations(article, { pairModel: null });
      const inside = (t: number, begin: number, end: number): boolean =>
        (doc.start[t] ?? -1) >= begin && (doc.end[t] ?? -1) <= end;
      const found = new Set<number>();
      for (const c of candidatePairs(article, read)) {
        const ha = spanHead(doc, c.a);
        const hb = spanHead(doc, c.b);
        let truth = 0;
        let skip = false;
        rels.forEach(({ r, category, excluded }, ri) => {
          const forward = inside(ha, r.sourceBegin, r.sourceEnd) && inside(hb, r.targetBegin, r.targetEnd);
          const backward = inside(hb, r.sourceBegin, r.sourceEnd) && inside(ha, r.targetBegin, r.targetEnd);
          if (!forward && !backward) return;
          if (excluded) skip = true;
          if (!category) return;
          const cls = PAIR_CLASSES.indexOf(`${category}${forward ? ">" : "<"}`);
          if (cls > 0 && classAllowed(cls, c.a, c.b)) {
            truth = cls;
            found.add(ri);
          } else skip = true;
        });
        if (skip && truth === 0) continue;
        const buf = new Int32Array(256);
        const n = pairFeatures({ doc, a: c.a, b: c.b, fired: c.fired, sets }, mask, buf);
        const allowed = PAIR_CLASSES.map((_, i) => i).filter((i) => classAllowed(i, c.a, c.b));
        instances.push({ features: buf.slice(0, n), truth, allowed, doc: k });
        const name = PAIR_CLASSES[truth] ?? "NONE";
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      goldSameSentenceFound += found.size;
    }
  }
  log(
    `${docIndex} documents, ${instances.length} pairs (${[...counts].map(([k, v]) => `${k} ${v}`).join(", ")}); ` +
      `${goldMapped} mapped gold relations, ${goldSameSentenceFound} matched to a same-sentence mention pair`,
  );

  function predict(p: AveragedPerceptron, x: Instance, scores: Float32Array): number {
    scores.fill(0);
    p.score(x.features, x.features.length, scores);
    let best = 0;
    for (const k of x.allowed) if ((scores[k] ?? 0) > (scores[best] ?? 0)) best = k;
    return best;
  }

  function train(data: Instance[]): AveragedPerceptron {
    const p = new AveragedPerceptron(BITS, PAIR_CLASSES.length);
    const order = data.map((_, i) => i);
    const rand = seededRandom(SEED);
    const scores = new Float32Array(PAIR_CLASSES.length);
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const i of order) {
        const x = data[i]!;
        p.tick();
        const guess = predict(p, x, scores);
        p.update(x.features, x.features.length, x.truth, guess);
      }
    }
    return p;
  }

  /** Best allowed relation class and its margin over NONE, scored by the compact (shipped) form. */
  function margins(model: ReturnType<AveragedPerceptron["toSparse"]>, data: Instance[]): { cls: number; m: number }[] {
    const scores = new Float32Array(PAIR_CLASSES.length);
    return data.map((x) => {
      scores.fill(0);
      model.score(x.features, x.features.length, scores);
      let best = -1;
      for (const k of x.allowed) if (k > 0 && (best < 0 || (scores[k] ?? 0) > (scores[best] ?? 0))) best = k;
      return { cls: best, m: best < 0 ? -1e9 : ((scores[best] ?? 0) - (scores[0] ?? 0)) * model.scale };
    });
  }

  // Held-out margins by document fold.
  const held: { m: number; right: boolean; truth: number; cls: number }[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const model = train(instances.filter((x) => x.doc % FOLDS !== f)).toSparse();
    const test = instances.filter((x) => x.doc % FOLDS === f);
    margins(model, test).forEach((d, i) => {
      const x = test[i]!;
      if (d.cls > 0) held.push({ m: d.m, right: d.cls === x.truth, truth: x.truth, cls: d.cls });
    });
  }

  /**
   * 1-D logistic regression p(right | margin): damped Newton steps on margins scaled to unit spread (a small ridge
   * keeps it finite when the held-out margins separate), then mapped back to raw margins.
   */
  function fitSigmoid(points: { m: number; right: boolean }[]): { a: number; b: number } {
    const mean = points.reduce((s, p) => s + p.m, 0) / Math.max(1, points.length);
    const sd = Math.sqrt(points.reduce((s, p) => s + (p.m - mean) ** 2, 0) / Math.max(1, points.length)) || 1;
    let a = 1;
    let b = 0;
    const ridge = 1;
    for (let it = 0; it < 100; it++) {
      let ga = ridge * a;
      let gb = 0;
      let haa = ridge;
      let hab = 0;
      let hbb = 1e-6;
      for (const { m, right } of points) {
        const z = (m - mean) / sd;
        const p = 1 / (1 + Math.exp(-(a * z + b)));
        const e = p - (right ? 1 : 0);
        const w = p * (1 - p);
        ga += e * z;
        gb += e;
        haa += w * z * z;
        hab += w * z;
        hbb += w;
      }
      const det = haa * hbb - hab * hab;
      if (Math.abs(det) < 1e-12) break;
      const da = (hbb * ga - hab * gb) / det;
      const db = (haa * gb - hab * ga) / det;
      const step = Math.min(1, 2 / Math.max(Math.abs(da), Math.abs(db), 1e-9));
      a -= step * da;
      b -= step * db;
      if (Math.abs(da) + Math.abs(db) < 1e-9) break;
    }
    // p = sigmoid(a * (m - mean) / sd + b) = sigmoid((a / sd) * m + (b - a * mean / sd)).
    return { a: Math.round((a / sd) * 1e9) / 1e9, b: Math.round((b - (a * mean) / sd) * 1e6) / 1e6 };
  }
  const finite = held.filter((h) => h.m > -1e8);
  const calibration = fitSigmoid(finite);
  const prob = (m: number): number => 1 / (1 + Math.exp(-(calibration.a * m + calibration.b)));

  // Held-out figures per category at the threshold (pairs re3d relates, same sentence, mentions found).
  const byCat = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const x of instances)
    if (x.truth > 0) {
      const c = (PAIR_CLASSES[x.truth] ?? "").slice(0, -1);
      const e = byCat.get(c) ?? { tp: 0, fp: 0, fn: 0 };
      e.fn++;
      byCat.set(c, e);
    }
  for (const h of finite) {
    if (prob(h.m) < THRESHOLD) continue;
    const c = (PAIR_CLASSES[h.cls] ?? "").slice(0, -1);
    const e = byCat.get(c) ?? { tp: 0, fp: 0, fn: 0 };
    if (h.right) {
      e.tp++;
      e.fn--;
    } else e.fp++;
    byCat.set(c, e);
  }
  for (const [c, e] of byCat)
    log(
      `held-out ${c}: P ${(e.tp / Math.max(1, e.tp + e.fp)).toFixed(3)} R ${(e.tp / Math.max(1, e.tp + e.fn)).toFixed(3)} (tp ${e.tp}, fp ${e.fp}, fn ${e.fn})`,
    );
  const bands = [0.3, 0.5, 0.7, 0.8, 0.9];
  for (let i = 0; i < bands.length; i++) {
    const lo = bands[i]!;
    const hi = bands[i + 1] ?? 1.01;
    const inBand = finite.filter((h) => prob(h.m) >= lo && prob(h.m) < hi);
    const right = inBand.filter((h) => h.right).length;
    log(`calibration [${lo}, ${hi}): ${right}/${inBand.length} right`);
  }

  const final = train(instances).toSparse();
  const buckets: number[] = [];
  for (let b = 0; b < 1 << BITS; b++)
    for (let k = final.rowStart[b] ?? 0; k < (final.rowStart[b + 1] ?? 0); k++) buckets.push(b);
  const file: PairModelFile = {
    format: "newskg-pair-classifier-v1",
    bits: BITS,
    classes: [...PAIR_CLASSES],
    scale: final.scale,
    calibration,
    threshold: THRESHOLD,
    buckets: base64Int32(buckets),
    entries: base64Int32(final.entries),
    trainedOn: `re3d ${MAP.subsets.join(", ")}; ${instances.length} pairs; ${EPOCHS} epochs; seed ${SEED}`,
  };
  log(`${final.nonZero} weights, calibration a=${calibration.a} b=${calibration.b}`);
  return JSON.stringify(file, null, 1) + "\n";
}
