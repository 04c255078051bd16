// Extra tagger training sentences: copies of treebank sentences whose present-tense verb (VBZ) has a pronoun
// subject right before it ("he lives in ...", "it plans to ..."), with the pronoun replaced by a noun phrase
// ("the council lives", "Ann Lee plans") drawn from the treebank's own subjects. EWT is web text, mostly in the
// first and second person: a third-person verb in -s after a noun is rare in it (280 times in train, against 1,176
// plural nouns after a noun), so the tagger learns that a word in -s after a noun is a plural noun, and news
// sentences ("the family lives in ...") lose their predicate. The copies teach the context, not a word list.
import type { ConlluSentence } from "./conllu.js";

/** Third-person singular pronouns, the subjects a VBZ verb agrees with that a noun phrase can stand for. */
const PRONOUNS = new Set(["he", "she", "it"]);

export interface TaggedWords {
  words: string[];
  upos: string[];
  /** Index of the sentence the copy was made from. */
  source: number;
}

const alphabetic = (w: string): boolean => /^[A-Za-z]+$/.test(w);

/**
 * Subjects to substitute: singular common nouns and two-word names that are subjects in the treebank, each
 * seen at least twice, in a fixed (sorted) order.
 */
function subjectsOf(sentences: readonly ConlluSentence[]): { nouns: string[]; names: [string, string][] } {
  const nouns = new Map<string, number>();
  const names = new Map<string, number>();
  for (const s of sentences) {
    const head = s.head;
    if (!head) continue;
    s.words.forEach((w, i) => {
      if (!s.deprel[i]?.startsWith("nsubj")) return;
      if (s.xpos[i] === "NN" && s.upos[i] === "NOUN" && alphabetic(w) && w === w.toLowerCase())
        nouns.set(w, (nouns.get(w) ?? 0) + 1);
      // "First Last": a name whose second word is the first's flat dependent.
      const next = s.words[i + 1] ?? "";
      if (s.xpos[i] === "NNP" && s.deprel[i + 1] === "flat" && head[i + 1] === i && alphabetic(w) && alphabetic(next))
        names.set(`${w} ${next}`, (names.get(`${w} ${next}`) ?? 0) + 1);
    });
  }
  const frequent = (m: Map<string, number>): string[] =>
    [...m]
      .filter(([, n]) => n >= 2)
      .map(([k]) => k)
      .sort();
  return {
    nouns: frequent(nouns),
    names: frequent(names).map((k): [string, string] => {
      const [a = "", b = ""] = k.split(" ");
      return [a, b];
    }),
  };
}

/**
 * One copy per sentence that has a pronoun subject right before a VBZ verb (the first such pronoun), alternating
 * between "the NOUN" and "First Last" by sentence; choices are fixed by the sentence index (reproducible).
 */
export function subjectVariants(sentences: readonly ConlluSentence[]): TaggedWords[] {
  const { nouns, names } = subjectsOf(sentences);
  const out: TaggedWords[] = [];
  if (nouns.length === 0) return out;
  sentences.forEach((s, index) => {
    const head = s.head;
    if (!head) return;
    for (let j = 0; j + 1 < s.words.length; j++) {
      if (!PRONOUNS.has((s.words[j] ?? "").toLowerCase())) continue;
      if (s.upos[j] !== "PRON" || !s.deprel[j]?.startsWith("nsubj") || head[j] !== j + 1) continue;
      if (s.xpos[j + 1] !== "VBZ" || s.upos[j + 1] !== "VERB") continue;
      const pick = Math.imul(index + 1, 0x9e3779b1) >>> 0;
      const name = names.length > 0 && index % 2 === 1 ? names[pick % names.length] : undefined;
      let subject: string[];
      let tags: string[];
      if (name) {
        subject = [...name];
        tags = ["PROPN", "PROPN"];
      } else {
        subject = [j === 0 ? "The" : "the", nouns[pick % nouns.length] ?? ""];
        tags = ["DET", "NOUN"];
      }
      out.push({
        words: [...s.words.slice(0, j), ...subject, ...s.words.slice(j + 1)],
        upos: [...s.upos.slice(0, j), ...tags, ...s.upos.slice(j + 1)],
        source: index,
      });
      return;
    }
  });
  return out;
}
