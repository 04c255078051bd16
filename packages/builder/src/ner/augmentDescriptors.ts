// Deterministic running-text sentences in which a one-word name stands beside a lowercase descriptor noun ("the X
// party", "broadcaster X", "X , a charity ,"), balanced over the three types: each frame shape is filled as often
// with a person ("lawyer X", "X , a retired teacher ,") and a place ("the village of X", "X , a border town ,"), and
// some frames are written without their descriptor, so the descriptor and not the frame teaches the type. The open
// corpora rarely show organisations named this way. Frames are data (ner-conventions.json `descriptorSentences`);
// the names are the towns, one-word persons and organisations the training documents themselves tag.
import { trainingTowns } from "./augmentSports.js";
import { loadGazetteer } from "./loadGazetteer.js";
import type { LabeledDocument } from "./readTrainingData.js";
import { readNerConventions } from "./trainingConventions.js";
import { wordsTaggedWhole } from "./wordsTaggedWhole.js";

const TYPES = ["ORG", "PER", "LOC"] as const;
type SlotType = (typeof TYPES)[number];

interface DescriptorRules {
  /** Documents to add per 100 training documents. */
  per100: number;
  /** Sentences per document. */
  sentences: number;
  /** Frames by type of their slot: the word NAME is the slot, every other word is written as it stands (tag O). */
  forms: Record<SlotType, string[]>;
}

/** One-word title-case names the documents tag whole as `label`. */
function oneWordNames(docs: readonly LabeledDocument[], label: string): string[] {
  return wordsTaggedWhole(docs, label).filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w));
}

/** Synthetic documents (only the new ones) built from the towns, persons and organisation words of `docs`. */
export function augmentDescriptors(docs: readonly LabeledDocument[]): LabeledDocument[] {
  const rules = readNerConventions<DescriptorRules>("descriptorSentences");
  // A name the first-name list holds would teach a person's name as a place or organisation: left out of both.
  const firstNames = loadGazetteer().firstNames;
  const notFirst = (w: string): boolean => !firstNames.has(w.toLowerCase());
  const names: Record<SlotType, string[]> = {
    ORG: [
      ...oneWordNames(docs, "ORG"),
      ...wordsTaggedWhole(docs, "ORG").filter((w) => /^\p{Lu}{2,4}$/u.test(w)),
    ].filter(notFirst),
    PER: oneWordNames(docs, "PER"),
    LOC: trainingTowns(docs)
      .map((t) => t[0]!)
      .filter(notFirst),
  };
  if (TYPES.some((t) => names[t].length < 1)) return [];
  let k = 0;
  const pick = (list: readonly string[]): string => list[(k++ * 7919) % list.length]!;
  const n = Math.floor((docs.length * rules.per100) / 100);
  const out: LabeledDocument[] = [];
  for (let d = 0; d < n; d++) {
    const sentences: string[][] = [];
    const tags: string[][] = [];
    for (let l = 0; l < rules.sentences; l++) {
      const type = TYPES[(d + l) % TYPES.length]!;
      const forms = rules.forms[type];
      const words = forms[(d * 5 + l) % forms.length]!.split(" ");
      const slot = pick(names[type]);
      sentences.push(words.map((w) => (w === "NAME" ? slot : w)));
      tags.push(words.map((w) => (w === "NAME" ? `B-${type}` : "O")));
    }
    out.push({ sentences, tags });
  }
  return out;
}
