// The shipped pair classifier is what its training script makes of today's parser, NER, patterns and features: a
// change to any of them that moves the classifier's training data fails here until a retrained model is committed
// (`npx tsx packages/builder/scripts/trainPairClassifier.ts`). The training data is ../shared's re3d subsets.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { trainPairModel } from "../../packages/builder/scripts/pairTraining.js";
import { PAIR_MODEL_URL } from "../../packages/builder/src/relations/pairClassifier.js";
import { sharedPath } from "../paths.js";

const re3d = sharedPath("data/relations/re3d");

/** What a failure shows: the file's summary line and a digest, not 100 kB of base64. */
function summary(text: string): { trainedOn: string; sha256: string } {
  const file = JSON.parse(text) as { trainedOn: string };
  return { trainedOn: file.trainedOn, sha256: createHash("sha256").update(text).digest("hex") };
}

describe("shipped pair classifier", () => {
  it.skipIf(!re3d)(
    "equals a retrain byte for byte (skipped without ../shared/data/relations/re3d; on failure retrain with scripts/trainPairClassifier.ts and commit data/generated/pair-classifier.json)",
    () => {
      const shipped = readFileSync(PAIR_MODEL_URL, "utf8");
      const retrained = trainPairModel({ root: re3d! });
      expect(summary(retrained)).toEqual(summary(shipped));
    },
  );
});
