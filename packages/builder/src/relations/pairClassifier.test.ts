// The learned pair classifier on invented sentences (fixtures/pairClassifier.conllu): its dependency-path
// features, its model file, and where and how it adds relations.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AveragedPerceptron } from "../nlp/averagedPerceptron.js";
import { docFromConllu } from "../nlp/docFromConllu.js";
import type { Doc } from "../nlp/doc.js";
import {
  PAIR_CLASSES,
  PAIR_VIA,
  base64Int32,
  candidatePairs,
  classifyPairs,
  emitAllowed,
  emitThreshold,
  pairModelFromFile,
  shippedPairModel,
  type PairModelFile,
} from "./pairClassifier.js";
import { dependencyPath, pairFeatures, spanHead } from "./pairFeatures.js";
import type { EntitySpan, ParsedArticle, ReadRelation } from "./types.js";

const doc: Doc = docFromConllu(readFileSync(join(import.meta.dirname, "fixtures/pairClassifier.conllu"), "utf8"));
// Sentence 1: Halvard Group (tokens 0-1), Porvik (7); sentence 2: Anna Kovel (11-12), Marek Dvor (14-15), Varnsk (17).
const group: EntitySpan = { start: 0, end: 2, entity: 0, type: "ORGANIZATION" };
const porvik: EntitySpan = { start: 7, end: 8, entity: 1, type: "LOCATION" };
const anna: EntitySpan = { start: 11, end: 13, entity: 2, type: "PERSON" };
const marek: EntitySpan = { start: 14, end: 16, entity: 3, type: "PERSON" };
const varnsk: EntitySpan = { start: 17, end: 18, entity: 4, type: "LOCATION" };
const spans = [group, porvik, anna, marek, varnsk];
const article: ParsedArticle = { doc, spans, nested: [], typeOf: (e) => spans[e]?.type ?? "PERSON" };
const sets = new Map([["SITE", new Set(["factory"])]]);
const LOCATION_FORWARD = PAIR_CLASSES.indexOf("LOCATION>");

/** A model trained on the one invented pair, written to the file format and read back. */
function tinyModel(threshold: number): { file: PairModelFile; margin: () => number } {
  const bits = 12;
  const p = new AveragedPerceptron(bits, PAIR_CLASSES.length);
  const buf = new Int32Array(256);
  const n = pairFeatures({ doc, a: group, b: porvik, fired: [], sets }, (1 << bits) - 1, buf);
  for (let i = 0; i < 5; i++) {
    p.tick();
    p.update(buf, n, LOCATION_FORWARD, 0);
  }
  const sparse = p.toSparse();
  const buckets: number[] = [];
  for (let b = 0; b < 1 << bits; b++)
    for (let k = sparse.rowStart[b] ?? 0; k < (sparse.rowStart[b + 1] ?? 0); k++) buckets.push(b);
  const file: PairModelFile = {
    format: "newskg-pair-classifier-v1",
    bits,
    classes: [...PAIR_CLASSES],
    scale: sparse.scale,
    calibration: { a: 0.5, b: -1 },
    threshold,
    buckets: base64Int32(buckets),
    entries: base64Int32(sparse.entries),
    trainedOn: "one invented pair",
  };
  const margin = (): number => {
    const scores = new Float32Array(PAIR_CLASSES.length);
    sparse.score(buf, n, scores);
    return ((scores[LOCATION_FORWARD] ?? 0) - (scores[0] ?? 0)) * sparse.scale;
  };
  return { file, margin };
}

describe("pair features", () => {
  it("walks the dependency path from one mention's head up to the common ancestor and down to the other's", () => {
    expect(spanHead(doc, group)).toBe(1);
    expect(dependencyPath(doc, 1, 7)).toEqual({ tokens: [1, 2, 5, 7], top: 1 });
    expect(dependencyPath(doc, 11, 17)).toEqual({ tokens: [11, 13, 17], top: 1 });
  });

  it("gives the same pair the same features and another path other ones", () => {
    const mask = (1 << 16) - 1;
    const a = new Int32Array(256);
    const b = new Int32Array(256);
    const c = new Int32Array(256);
    const na = pairFeatures({ doc, a: group, b: porvik, fired: [], sets }, mask, a);
    const nb = pairFeatures({ doc, a: group, b: porvik, fired: [], sets }, mask, b);
    const nc = pairFeatures({ doc, a: anna, b: varnsk, fired: [], sets }, mask, c);
    expect([...a.slice(0, na)]).toEqual([...b.slice(0, nb)]);
    const shared = new Set(a.slice(0, na));
    expect([...c.slice(0, nc)].filter((x) => !shared.has(x)).length).toBeGreaterThan(nc / 2);
  });
});

describe("pair candidates", () => {
  it("pairs mentions of one sentence whose types some category relates, never across sentences", () => {
    const pairs = candidatePairs(article, []).map((c) => `${c.a.entity}-${c.b.entity}`);
    // Person-person pairs have no static category; Porvik and Varnsk are in different sentences.
    expect(pairs).toEqual(["0-1", "2-4", "3-4"]);
  });
});

describe("pair model file", () => {
  it("reads back the weights it was written with and refuses a file of another kind", () => {
    const { file, margin } = tinyModel(0.5);
    const model = pairModelFromFile(file, "test");
    const scores = new Float32Array(PAIR_CLASSES.length);
    const buf = new Int32Array(256);
    const n = pairFeatures({ doc, a: group, b: porvik, fired: [], sets }, model.model.mask, buf);
    model.model.score(buf, n, scores);
    expect(((scores[LOCATION_FORWARD] ?? 0) - (scores[0] ?? 0)) * model.model.scale).toBeCloseTo(margin(), 6);
    expect(() => pairModelFromFile({ ...file, format: "x" } as unknown as PairModelFile, "f.json")).toThrow(
      /not a pair classifier/,
    );
    expect(() => pairModelFromFile({ ...file, classes: ["NONE", "ROLE>"] }, "f.json")).toThrow(/classes/);
  });
});

describe("classifyPairs", () => {
  it("reads a pair no pattern read, in the class's direction, with the calibrated probability as confidence", () => {
    const { file, margin } = tinyModel(0.5);
    const model = pairModelFromFile(file, "test");
    const out = classifyPairs(article, [], model, sets, 0.5, false);
    const found = out.find((r) => r.source === 0 && r.target === 1);
    expect(found).toMatchObject({ category: "LOCATION", via: PAIR_VIA, sent: 0 });
    expect(found?.confidence).toBeCloseTo(Math.min(0.75, 1 / (1 + Math.exp(-(0.5 * margin() - 1)))), 3);
    // Every edge it reads stays in one sentence.
    for (const r of out) expect(doc.sentOf[r.argTokens[0]![0]]).toBe(doc.sentOf[r.argTokens[1]![0]]);
  });

  it("leaves a pair a pattern already related, and emits nothing under its threshold", () => {
    const { file } = tinyModel(0.5);
    const model = pairModelFromFile(file, "test");
    const pattern: ReadRelation = {
      source: 0,
      target: 1,
      category: "LOCATION",
      label: "in",
      confidence: 0.8,
      sent: 0,
      trigger: 7,
      argTokens: [
        [0, 2],
        [7, 8],
      ],
      via: "thing-in-place",
    };
    expect(classifyPairs(article, [pattern], model, sets).some((r) => r.source === 0 && r.target === 1)).toBe(false);
    expect(classifyPairs(article, [], model, sets, 1.01)).toEqual([]);
  });
});

describe("per-class emission", () => {
  it("emits an organization's location only where the measuring sets said it pays (never, today)", () => {
    const { file } = tinyModel(0.5);
    const model = pairModelFromFile(file, "test");
    expect(classifyPairs(article, [], model, sets, 0.5, false).some((r) => r.source === 0 && r.target === 1)).toBe(
      true,
    );
    expect(classifyPairs(article, [], model, sets).some((r) => r.source === 0 && r.target === 1)).toBe(false);
    expect(emitThreshold("LOCATION", group, porvik)).toBeNull();
    expect(emitThreshold("LOCATION", porvik, { ...varnsk, type: "COUNTRY" })).toBe(0.3);
    expect(emitThreshold("ROLE", anna, group)).toBeGreaterThan(0.3);
  });

  it("never places a country inside a place that is not one, but lets the other direction compete", () => {
    const town: EntitySpan = { ...porvik };
    const country: EntitySpan = { ...varnsk, type: "COUNTRY" };
    const forward = PAIR_CLASSES.indexOf("LOCATION>");
    const backward = PAIR_CLASSES.indexOf("LOCATION<");
    // a = the country, b = the town: "LOCATION>" would put the country in the town.
    expect(emitAllowed(forward, country, town)).toBe(false);
    expect(emitAllowed(backward, country, town)).toBe(true);
    expect(emitAllowed(forward, town, country)).toBe(true);
    expect(emitAllowed(forward, country, { ...country, entity: 9 })).toBe(true);
  });
});

describe("the shipped model", () => {
  it("loads with this reader's classes and a calibration that rises with the margin", () => {
    const model = shippedPairModel();
    expect(model).not.toBeNull();
    expect(model?.classes).toEqual(PAIR_CLASSES);
    expect(model?.calibration.a).toBeGreaterThan(0);
    expect(model?.threshold).toBeGreaterThan(0);
    expect(model?.threshold).toBeLessThan(1);
  });
});
