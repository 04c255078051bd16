// Trains the learned pair classifier (src/relations/pairClassifier.ts) on the re3d open subsets and writes
// packages/builder/data/generated/pair-classifier.json, byte for byte reproducible (the training is in
// scripts/pairTraining.ts; test/build/pairClassifierRetrain.test.ts checks the shipped file equals a retrain).
// Model card: packages/builder/models/pair-classifier.MODEL_CARD.md.
//   npx tsx packages/builder/scripts/trainPairClassifier.ts [RE3D_DIR] [--out FILE] [--epochs N] [--threshold P]
// (RE3D_DIR defaults to ../shared/data/relations/re3d beside the repository root).
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PAIR_MODEL_URL } from "../src/relations/pairClassifier.js";
import { DEFAULT_RE3D_DIR, trainPairModel } from "./pairTraining.js";

// The extraction the training runs need not classify pairs with the shipped model (the training's own reading never
// uses it either): faster, and a broken shipped file does not stop a retrain.
process.env["KG_PAIR_CLASSIFIER"] = "off";
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const outFile = opt("out") ?? fileURLToPath(PAIR_MODEL_URL);
const epochs = opt("epochs");
const threshold = opt("threshold");
const text = trainPairModel({
  root: resolve(positional[0] ?? DEFAULT_RE3D_DIR),
  ...(epochs !== undefined && { epochs: Number(epochs) }),
  ...(threshold !== undefined && { threshold: Number(threshold) }),
  log: (line) => console.error(line),
});
writeFileSync(outFile, text);
console.error(`wrote ${outFile}`);
