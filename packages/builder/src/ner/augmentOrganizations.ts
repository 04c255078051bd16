// Deterministic running-text sentences about organisations for the open profile (feature version 6 on). News names
// organisations in ways the open corpora rarely show: a town plus a unit noun ("X Police", "X Fire Department"),
// party names, legislative bodies written alone, clubs named after their towns in running sports text, and names
// carrying digits or symbols. The sentences are built from forms kept as data (ner-conventions.json
// `organizationSentences`) and from the towns, one-word organisation names and acronyms that the training documents
// themselves tag; no names are listed anywhere.
import { trainingTowns } from "./augmentSports.js";
import { loadGazetteer } from "./loadGazetteer.js";
import type { LabeledDocument } from "./readTrainingData.js";
import { readNerConventions } from "./trainingConventions.js";
import { wordsTaggedWhole } from "./wordsTaggedWhole.js";

type FormKind = "unit" | "party" | "partyName" | "body" | "club" | "code";
const KINDS: readonly FormKind[] = ["unit", "party", "partyName", "body", "club", "code"];

interface OrganizationRules {
  /** Documents to add per 100 training documents. */
  per100: number;
  /** Sentences per document. */
  sentences: number;
  unitNouns: string[];
  partyFirst: string[];
  partyLast: string[];
  bodies: string[];
  /** Words after a town in a club name ("" for the town alone). */
  clubSuffixes: string[];
  /** Sentence forms per kind: ORG is the organisation slot, LOC a town tagged as a place. */
  forms: Record<FormKind, string[]>;
}

function organizationRules(): OrganizationRules {
  return readNerConventions<OrganizationRules>("organizationSentences");
}

/**
 * Words the documents tag as a whole one-token organisation at least twice and nearly always: title-case names and
 * acronyms of two to four capitals, in order of first appearance.
 */
function trainingOrganizationWords(docs: readonly LabeledDocument[]): { names: string[]; acronyms: string[] } {
  const words = wordsTaggedWhole(docs, "ORG");
  return {
    names: words.filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w)),
    acronyms: words.filter((w) => /^\p{Lu}{2,4}$/u.test(w)),
  };
}

/** Synthetic documents (only the new ones) built from the towns and organisation words of `docs`. */
export function augmentOrganizations(docs: readonly LabeledDocument[]): LabeledDocument[] {
  const rules = organizationRules();
  // Towns that are also common first names are left out: as places in these sentences they would teach that a
  // person's name is a place.
  const firstNames = loadGazetteer().firstNames;
  const towns = trainingTowns(docs)
    .map((t) => t[0]!)
    .filter((t) => !firstNames.has(t.toLowerCase()));
  const { names, acronyms } = trainingOrganizationWords(docs);
  if (towns.length < 2 || names.length < 1 || acronyms.length < 1) return [];
  let k = 0;
  const pick = <T>(list: readonly T[]): T => list[(k++ * 7919) % list.length]!;
  const split = (x: string): string[] => x.split(" ").filter((w) => w.length > 0);
  const organization = (kind: FormKind, d: number, opensSentence: boolean): string[] => {
    switch (kind) {
      case "unit":
        return [pick(towns), ...split(pick(rules.unitNouns))];
      case "party":
        return [...split(pick(rules.partyFirst)), pick(rules.partyLast)];
      case "partyName":
        return [pick(names)];
      case "body":
        // Generic bodies and the corpus' own one-word organisations, so the context teaches the type.
        return d % 2 ? split(pick(rules.bodies)) : [pick(names)];
      case "club": {
        // A town alone as a club only after a word that marks it ("joined X", "the X manager"): opening a sentence
        // before a verb, a bare capitalised word is as often a person, and would teach "X were ..." as a club.
        const suffixes = opensSentence ? rules.clubSuffixes.filter((x) => x.length > 0) : rules.clubSuffixes;
        return [pick(towns), ...split(pick(suffixes))];
      }
      case "code": {
        // A letter code with a digit ("AB5"), with a "+ digit" group as the builder tokenises it, or after a hyphen.
        const base = pick(acronyms);
        const digit = String(1 + (k % 9));
        const form = k++ % 3;
        return form === 0 ? [base + digit] : form === 1 ? [base.slice(0, 1) + digit, "+", "1"] : [`${base}-${digit}`];
      }
    }
  };
  const n = Math.floor((docs.length * rules.per100) / 100);
  const out: LabeledDocument[] = [];
  for (let d = 0; d < n; d++) {
    const sentences: string[][] = [];
    const tags: string[][] = [];
    for (let l = 0; l < rules.sentences; l++) {
      const kind = KINDS[(d + l) % KINDS.length]!;
      const forms = rules.forms[kind];
      const form = forms[(d * 7 + l) % forms.length]!;
      const words: string[] = [];
      const wordTags: string[] = [];
      const put = (ws: readonly string[], type: string): void =>
        ws.forEach((w, j) => {
          words.push(w);
          wordTags.push(type === "O" ? "O" : `${j === 0 ? "B" : "I"}-${type}`);
        });
      form.split(" ").forEach((part, at) => {
        if (part === "ORG") put(organization(kind, d, at === 0), "ORG");
        else if (part === "LOC") put([pick(towns)], "LOC");
        else put([part], "O");
      });
      sentences.push(words);
      tags.push(wordTags);
    }
    out.push({ sentences, tags });
  }
  return out;
}
