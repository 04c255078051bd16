// Greedy left-to-right UPOS tagger: an averaged perceptron over hashed features of the word, its affixes and
// shape, its neighbours, the two previous predicted tags and the tag sets the training data gives the next words.
// Optionally a second left-to-right pass whose features also read the first pass's tags of the words to the right
// (a cheap bidirectional tagger: the first pass cannot see the right context's tags, the second can).
import { AveragedPerceptron } from "./averagedPerceptron.js";
import { type Upos, UPOS_TAGS } from "./doc.js";
import * as featureHash from "./featureHash.js";

// Local bindings: calls through a module namespace getter cost more than the hashing itself in the hot loop.
const bucketOf = featureHash.bucketOf;
const mix = featureHash.mix;
import type { SparseLinearModel } from "./sparseLinearModel.js";
import { normalizeForm, type WordAtoms } from "./wordFeatures.js";
import { WordMemo } from "./wordMemo.js";
import { irregularPastForms } from "./lemmatizer.js";

export const TAGGER_BITS = 20;
const START = 0x5eed;
const END = 0xe0d;
const MAX_FEATURES = 64;
const VERB_ID = UPOS_TAGS.indexOf("VERB");
const AUX_ID = UPOS_TAGS.indexOf("AUX");
const NOUN_ID = UPOS_TAGS.indexOf("NOUN");
const PROPN_ID = UPOS_TAGS.indexOf("PROPN");
const ADJ_ID = UPOS_TAGS.indexOf("ADJ");
const SENTENCE_END = new Set([".", "!"]);
const PLURAL_LIKE = /[a-z]s$/;
const PARTICIPLE_LIKE = /[a-z]ed$/;
const TO = featureHash.hashString("to");
const ADV_ID = UPOS_TAGS.indexOf("ADV");
/** Forms of "be" that take a progressive participle ("was shelling", "has been bombing"). */
const BE_FORMS = new Set(["is", "are", "was", "were", "am", "be", "been", "'s", "'re", "'m"]);
const ING = /[a-z]{2}ing$/i;
/** "<Name>-<participle>": a capitalised first part, a participle last ("-based", "-led", "-born", "-run", "-made"). */
const HYPHEN_PARTICIPLE = /^([A-Z][A-Za-z.]*)(?:-[A-Za-z]+)*-([a-z]+(?:ed|en|n|t|de))$/;
const DET_ID = UPOS_TAGS.indexOf("DET");
const ADP_ID = UPOS_TAGS.indexOf("ADP");
const PRON_ID = UPOS_TAGS.indexOf("PRON");
const PART_ID = UPOS_TAGS.indexOf("PART");
const NUM_ID = UPOS_TAGS.indexOf("NUM");
const tagIds = (tags: string[]): Set<number> => new Set(tags.map((t) => UPOS_TAGS.indexOf(t as Upos)));
/** Tags of a possessor's words ("the firm 's"). */
const NOMINAL_PART = tagIds(["NOUN", "PROPN", "DET", "ADJ", "NUM"]);
/** Tags of a word that would take the phrase as its object or predicate. */
const GOVERNS = tagIds(["VERB", "AUX", "ADP"]);
const DEFINITE = new Set(["the", "a", "an"]);
const POSSESSIVE = new Set(["'s", "its", "his", "her", "their", "our", "my", "your", "'"]);
/** Comparatives, superlatives and ordinals stand alone as adjectives ("the latter", "the first"). */
const COMPARED = /(er|est|st|nd|rd|th)$/i;
/** Irregular past forms ("shot", "hit"): finite after a singular name without an ending. */
let irregularPast: Set<string> | undefined;
/**
 * Verbs EWT train has only as adjectives (so the tag dictionary knows them as nothing else) that news uses as verbs
 * with an object: "to free the hostages", "to empty the camps", "to narrow the gap".
 */
const ADJECTIVE_VERBS = new Set(["free", "empty", "narrow"]);
/** Verbs that take a bare infinitive after their object ("let X go", "saw X win"). */
const BARE_INFINITIVE_GOVERNORS = new Set(
  `let lets make makes made making help helps helped helping see sees saw seen seeing watch watches watched
   watching hear hears heard hearing have has had having bid bids`.split(/\s+/),
);
/** Tag atom of the first pass at position k (out of range: START / END). */
function passTag(tags: Uint8Array, n: number, k: number): number {
  return k < 0 ? START : k >= n ? END : (tags[k] ?? 0) + 1;
}

interface Scorer {
  score(features: Int32Array, count: number, scores: Float32Array): void;
}

/** Tag sets of frequent training words (as a bit mask of UPOS ids), the tagger's look-ahead. */
export type TagDictionary = Map<string, number>;

export function buildTagDictionary(sentences: { words: string[]; upos: string[] }[], minCount = 3): TagDictionary {
  const counts = new Map<string, { n: number; mask: number }>();
  for (const s of sentences)
    s.words.forEach((w, i) => {
      const key = normalizeForm(w).toLowerCase();
      const tag = UPOS_TAGS.indexOf((s.upos[i] ?? "X") as Upos);
      const e = counts.get(key) ?? { n: 0, mask: 0 };
      e.n++;
      e.mask |= 1 << Math.max(0, tag);
      counts.set(key, e);
    });
  const dict: TagDictionary = new Map();
  for (const [k, e] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
    if (e.n >= minCount) dict.set(k, e.mask);
  return dict;
}

function atomAt(arr: Int32Array, n: number, k: number): number {
  return k < 0 ? START : k >= n ? END : (arr[k] ?? 0);
}

function featureBucket(template: number, x: number, y: number, mask: number): number {
  return bucketOf(mix(mix(Math.imul(template, 0x9e3779b1), x), y), mask);
}

/** Which repair steps run after tagging: all by default; off only to measure what each buys, or in training. */
export interface TaggerRepairs {
  /** `givePredicate`. */
  readonly predicate?: boolean;
  /** `progressiveAfterBe`. */
  readonly progressive?: boolean;
  /** `nominalHead`. */
  readonly nominal?: boolean;
  /** `hyphenParticiple`. */
  readonly hyphen?: boolean;
  /** `nounBetweenNames`. */
  readonly between?: boolean;
  /** `coordinatedPast`. */
  readonly coordinated?: boolean;
  /** `infinitiveAfterTo`. */
  readonly infinitive?: boolean;
}

/** No repair step: the tagger's own output, as the parser is trained on. */
export const NO_TAGGER_REPAIRS: TaggerRepairs = {
  predicate: false,
  progressive: false,
  nominal: false,
  hyphen: false,
  between: false,
  coordinated: false,
  infinitive: false,
};

export class PosTagger {
  private readonly features = new Int32Array(MAX_FEATURES);
  private readonly scores = new Float32Array(UPOS_TAGS.length);
  private readonly ambiguity = new WordMemo<number>();

  /** The feature buffer `extract` fills (the XPOS tagger and training read it). */
  get featureBuffer(): Int32Array {
    return this.features;
  }

  private readonly predicateRepair: boolean;
  private readonly progressiveRepair: boolean;
  private readonly nominalRepair: boolean;
  private readonly hyphenRepair: boolean;
  private readonly betweenRepair: boolean;
  private readonly coordinatedRepair: boolean;
  private readonly infinitiveRepair: boolean;

  constructor(
    private readonly model: Scorer,
    private readonly dictionary: TagDictionary,
    /** The second pass's model, or undefined for a one-pass tagger. */
    private readonly second?: Scorer,
    repairs: TaggerRepairs = {},
  ) {
    this.predicateRepair = repairs.predicate ?? true;
    this.progressiveRepair = repairs.progressive ?? true;
    this.nominalRepair = repairs.nominal ?? true;
    this.hyphenRepair = repairs.hyphen ?? true;
    this.betweenRepair = repairs.between ?? true;
    this.coordinatedRepair = repairs.coordinated ?? true;
    this.infinitiveRepair = repairs.infinitive ?? true;
  }

  /** UPOS ids for one sentence (`amb`: its ambiguityOf, when the caller has it). */
  tag(words: readonly string[], atoms: WordAtoms, amb: Int32Array = this.ambiguityOf(words)): Uint8Array {
    const first = this.firstPass(atoms, amb);
    if (!this.second) {
      const hyphens = this.infinitiveAfterTo(
        words,
        atoms,
        amb,
        this.coordinatedPast(
          words,
          atoms,
          amb,
          this.nounBetweenNames(words, atoms, amb, this.hyphenParticiple(words, atoms, amb, first)),
        ),
      );
      const repaired = this.nominalHead(words, atoms, amb, this.progressiveAfterBe(words, atoms, amb, hyphens));
      return this.givePredicate(words, atoms, amb, repaired);
    }
    const tags = new Uint8Array(words.length);
    for (let i = 0; i < words.length; i++) tags[i] = this.predict(atoms, amb, tags, i, first, this.second);
    const repaired = this.nominalHead(
      words,
      atoms,
      amb,
      this.progressiveAfterBe(
        words,
        atoms,
        amb,
        this.infinitiveAfterTo(
          words,
          atoms,
          amb,
          this.coordinatedPast(
            words,
            atoms,
            amb,
            this.nounBetweenNames(words, atoms, amb, this.hyphenParticiple(words, atoms, amb, tags, first), first),
            first,
          ),
          first,
        ),
        first,
      ),
      first,
    );
    return this.givePredicate(words, atoms, amb, repaired, first);
  }

  /**
   * A determined noun phrase has a head: an adjective that closes one ("its chief executive , <Name>", "the
   * chief executive resigned": followed by punctuation, a verb or a preposition) is that phrase's noun. EWT has
   * many title words as adjectives only ("executive" ADJ 24 of 24 in train, always before a noun), so the tagger
   * reads a title standing alone as an adjective and the parser then finds no head for the phrase.
   */
  private nominalHead(
    words: readonly string[],
    atoms: WordAtoms,
    amb: Int32Array,
    tags: Uint8Array,
    first?: Uint8Array,
  ): Uint8Array {
    if (!this.nominalRepair) return tags;
    const n = words.length;
    for (let i = 1; i + 1 < n; i++) {
      if (tags[i] !== ADJ_ID || COMPARED.test(words[i] ?? "")) continue;
      // Closed by a verb (the phrase is a subject) or by a comma and a name (the title of an appositive).
      const next = tags[i + 1] ?? 0;
      if (next !== VERB_ID && next !== AUX_ID && next !== ADP_ID && !(words[i + 1] === "," && tags[i + 2] === PROPN_ID))
        continue;
      let k = i - 1;
      while (k > 0 && (tags[k] === ADJ_ID || tags[k] === NOUN_ID)) k--;
      const w = (words[k] ?? "").toLowerCase();
      // A determiner, a possessive pronoun or a possessive "'s" (not the auxiliary "'s" of "it 's fine"); or, for a
      // phrase of two words or more, the comma after a name that opens an appositive title ("<Name> , chief
      // executive of ...": news writes such titles without an article; one adjective alone after a name is a
      // description, "<Name> , happy with ...").
      const possessive = POSSESSIVE.has(w) && (tags[k] === PRON_ID || tags[k] === PART_ID);
      const appositive = w === "," && k > 0 && tags[k - 1] === PROPN_ID && i - k >= 2;
      if (!(tags[k] === DET_ID && DEFINITE.has(w)) && !possessive && !appositive) continue;
      // Not an object or a predicate: nothing before the phrase (or its possessor) that would govern it.
      let start = k;
      if (w === "'s" || w === "'") while (start > 0 && NOMINAL_PART.has(tags[start - 1] ?? 0)) start--;
      if (start > 0 && GOVERNS.has(tags[start - 1] ?? 0)) continue;
      this.setAndRetag(atoms, amb, tags, i, NOUN_ID, first);
    }
    return tags;
  }

  /**
   * A name joined by a hyphen to a participle before a noun is an adjective ("<Place>-based <Company>",
   * "<Country>-led coalition", "<Capital>-backed rebels", "<Party>-run council"). The builder's tokenizer keeps such
   * a compound as one token, while EWT splits it in three, so the tagger has only the word's suffix to go on and
   * at the start of a sentence reads it as the verb, leaving the sentence's real predicate a dependent of it. The
   * first part is capitalised (a name, not a prefix as in "re-elected") and the last a participle the tag
   * dictionary knows as a verb.
   */
  private hyphenParticiple(
    words: readonly string[],
    atoms: WordAtoms,
    amb: Int32Array,
    tags: Uint8Array,
    first?: Uint8Array,
  ): Uint8Array {
    if (!this.hyphenRepair) return tags;
    for (let i = 0; i + 1 < words.length; i++) {
      if (tags[i] !== VERB_ID) continue;
      const m = HYPHEN_PARTICIPLE.exec(words[i] ?? "");
      if (!m || (this.ambiguityOfWord(m[2] ?? "") & (1 << VERB_ID)) === 0) continue;
      const name = m[1] ?? "";
      if (name.length < 3 && name !== name.toUpperCase()) continue;
      const next = tags[i + 1];
      if (next !== NOUN_ID && next !== PROPN_ID && next !== ADJ_ID) continue;
      this.setAndRetag(atoms, amb, tags, i, ADJ_ID, first);
    }
    return tags;
  }

  /**
   * A bare verb form between a singular name and another name is a noun: "<Network> affiliate <Station>",
   * "<Party> stalwart <Name>". After a singular subject a finite verb would carry "-s" or a past ending, so the
   * bare form can only be an infinitive, and a bare infinitive after a name needs a verb of letting, making or
   * perceiving before it ("saw <Name> win <Place>"), which is left alone. The word must be one the tag dictionary
   * knows as a noun, or one it does not know.
   */
  private nounBetweenNames(
    words: readonly string[],
    atoms: WordAtoms,
    amb: Int32Array,
    tags: Uint8Array,
    first?: Uint8Array,
  ): Uint8Array {
    if (!this.betweenRepair) return tags;
    for (let i = 1; i + 1 < words.length; i++) {
      if (tags[i] !== VERB_ID || tags[i - 1] !== PROPN_ID || tags[i + 1] !== PROPN_ID) continue;
      const w = words[i] ?? "";
      irregularPast ??= irregularPastForms();
      if (
        !/^[a-z]+$/.test(w) ||
        /(s|ed|ing)$/.test(w) ||
        irregularPast.has(w) ||
        (amb[i] !== 0 && ((amb[i] ?? 0) & (1 << NOUN_ID)) === 0)
      )
        continue;
      const name = words[i - 1] ?? "";
      if (!/^\p{Lu}/u.test(name) || /s$/.test(name) || !/^\p{Lu}/u.test(words[i + 1] ?? "")) continue;
      let k = i - 1;
      while (k > 0 && tags[k - 1] === PROPN_ID) k--;
      if (k > 0 && BARE_INFINITIVE_GOVERNORS.has((words[k - 1] ?? "").toLowerCase())) continue;
      // "Did <Name> win <Place>?": an auxiliary before the name takes the bare form.
      if (k > 0 && tags[k - 1] === AUX_ID) continue;
      this.setAndRetag(atoms, amb, tags, i, NOUN_ID, first);
    }
    return tags;
  }

  /**
   * An "-ed" word after "and"/"or"/"but" with an object after it, when the nearest verb before is a past tense, is
   * that verb's coordinated past ("killed two and wounded five", "arrested him and charged his brother"): EWT
   * train and dev have such a word as VERB every time (33 of 33), but the tagger reads a word it knows mostly as an
   * adjective ("wounded", "injured") by its own lean, and the act's object is lost.
   */
  private coordinatedPast(
    words: readonly string[],
    atoms: WordAtoms,
    amb: Int32Array,
    tags: Uint8Array,
    first?: Uint8Array,
  ): Uint8Array {
    if (!this.coordinatedRepair) return tags;
    for (let i = 2; i + 1 < words.length; i++) {
      if (tags[i] === VERB_ID || !/^[a-z]+ed$/.test(words[i] ?? "")) continue;
      const c = (words[i - 1] ?? "").toLowerCase();
      if (c !== "and" && c !== "or" && c !== "but") continue;
      const next = tags[i + 1];
      if (next !== DET_ID && next !== NUM_ID && next !== PRON_ID && next !== PROPN_ID) continue;
      let v = i - 2;
      while (v >= 0 && tags[v] !== VERB_ID) v--;
      if (v < 0) continue;
      const w = (words[v] ?? "").toLowerCase();
      irregularPast ??= irregularPastForms();
      if (!/ed$/.test(w) && !irregularPast.has(w)) continue;
      this.setAndRetag(atoms, amb, tags, i, VERB_ID, first);
    }
    // "<Name> shot and killed <Name>": a past form right after a name that "and"/"or" joins to a past verb is the
    // first of the two verbs, not a noun compounded with the name (the tagger's lean for "shot", "beat", "struck").
    for (let i = 1; i + 2 < words.length; i++) {
      if ((tags[i] !== NOUN_ID && tags[i] !== ADJ_ID) || tags[i - 1] !== PROPN_ID) continue;
      const c = (words[i + 1] ?? "").toLowerCase();
      if ((c !== "and" && c !== "or") || tags[i + 2] !== VERB_ID) continue;
      irregularPast ??= irregularPastForms();
      const past = (w: string): boolean => /^[a-z]+ed$/.test(w) || irregularPast!.has(w);
      if (!past(words[i] ?? "") || !past(words[i + 2] ?? "")) continue;
      if (((amb[i] ?? 0) & (1 << VERB_ID)) === 0 && amb[i] !== 0) continue;
      this.setAndRetag(atoms, amb, tags, i, VERB_ID, first);
    }
    return tags;
  }

  /**
   * A lowercase word after "to" that the tag dictionary knows as a verb, with a determiner, pronoun or name after
   * it, is the infinitive with its object ("to free the hostages", "to clear him", "to open <Place>"): EWT train has
   * such a word, between "to" and a determiner, pronoun or name, as VERB or AUX 1410 times and as ADJ 18 (none
   * lowercase and a verb: "to New York", "to many Iraqis"), but the tagger reads a word it knows mostly as an
   * adjective ("free", "open", "clear") by its own lean and the act's object is lost. "to" becomes the infinitive's
   * mark.
   */
  private infinitiveAfterTo(
    words: readonly string[],
    atoms: WordAtoms,
    amb: Int32Array,
    tags: Uint8Array,
    first?: Uint8Array,
  ): Uint8Array {
    if (!this.infinitiveRepair) return tags;
    for (let i = 1; i + 1 < words.length; i++) {
      if (tags[i] !== ADJ_ID || !/^[a-z]+$/.test(words[i] ?? "") || (words[i - 1] ?? "").toLowerCase() !== "to")
        continue;
      if (!this.knownVerb(words[i] ?? "", amb[i] ?? 0)) continue;
      const next = tags[i + 1];
      if (next !== DET_ID && next !== PRON_ID && next !== PROPN_ID) continue;
      tags[i - 1] = PART_ID;
      this.setAndRetag(atoms, amb, tags, i, VERB_ID, first);
    }
    return tags;
  }

  /** Whether the tag dictionary knows a word as a verb, or it is one EWT has only as an adjective. */
  private knownVerb(word: string, amb: number): boolean {
    return (amb & (1 << VERB_ID)) !== 0 || ADJECTIVE_VERBS.has(word);
  }

  /**
   * An "-ing" word right after an auxiliary "be" (adverbs between allowed) is the progressive verb ("were
   * shelling", "has been bombing"): EWT train tags such a word NOUN 2 times in about 900 (VERB, or ADJ for
   * "amazing", "willing"). The tagger reads the word's own lean, and a verb EWT lacks or has mostly as a noun
   * ("bombing", "shelling") comes out NOUN, leaving the clause with a copula and no predicate. Such a word becomes
   * VERB and the words after it are tagged again.
   */
  private progressiveAfterBe(
    words: readonly string[],
    atoms: WordAtoms,
    amb: Int32Array,
    tags: Uint8Array,
    first?: Uint8Array,
  ): Uint8Array {
    if (!this.progressiveRepair) return tags;
    const n = words.length;
    for (let i = 1; i < n; i++) {
      if (tags[i] !== NOUN_ID || !ING.test(words[i] ?? "")) continue;
      let k = i - 1;
      while (k > 0 && k >= i - 2 && tags[k] === ADV_ID) k--;
      if (tags[k] !== AUX_ID || !BE_FORMS.has((words[k] ?? "").toLowerCase())) continue;
      this.setAndRetag(atoms, amb, tags, i, VERB_ID, first);
    }
    return tags;
  }

  /**
   * A sentence that ends in a full stop has a finite verb (in EWT train 97% of those of four words or more; the
   * rest are fragments such as "Six weeks of training ."). When the tags give it none, the word after a noun that
   * looks like a plural noun ("-s", tagged NOUN) or a participial adjective ("-ed", tagged ADJ), or of any word
   * tagged NOUN right after a name (an irregular past after a person's name, "<Name> shot ...", "<Name> led ...",
   * read as one more word of the name; EWT dev +0.01 UAS, 1 word right and 1 wrong), that the dictionary
   * also knows as a verb and that the model itself finds most verb-like is the predicate ("The family lives in
   * ...": a left-to-right tagger has not seen, when it tags "lives", that no verb follows). The words after it are
   * then tagged again. Review fragments ("Good sports bar .") have no such word; on EWT dev the -s and -ed
   * restriction keeps them untouched.
   */
  private givePredicate(
    words: readonly string[],
    atoms: WordAtoms,
    amb: Int32Array,
    tags: Uint8Array,
    first?: Uint8Array,
  ): Uint8Array {
    const n = words.length;
    if (!this.predicateRepair || n < 4 || !SENTENCE_END.has(words[n - 1] ?? "")) return tags;
    for (let i = 0; i < n; i++) {
      const t = tags[i];
      if ((t === VERB_ID || t === AUX_ID) && (i === 0 || atoms.lower[i - 1] !== TO)) return tags;
    }
    let best = -1;
    let bestMargin = -Infinity;
    const model = first ? this.second : undefined;
    for (let i = 1; i < n; i++) {
      const t = tags[i] ?? 0;
      const p = tags[i - 1];
      if ((p !== NOUN_ID && p !== PROPN_ID) || ((amb[i] ?? 0) & (1 << VERB_ID)) === 0) continue;
      const w = words[i] ?? "";
      if (!(t === NOUN_ID && (PLURAL_LIKE.test(w) || p === PROPN_ID)) && !(t === ADJ_ID && PARTICIPLE_LIKE.test(w)))
        continue;
      this.predict(atoms, amb, tags, i, first, model);
      const margin = (this.scores[VERB_ID] ?? 0) - (this.scores[t] ?? 0);
      if (margin > bestMargin) {
        bestMargin = margin;
        best = i;
      }
    }
    if (best < 0) return tags;
    return this.setAndRetag(atoms, amb, tags, best, VERB_ID, first);
  }

  /** `tags` with word i given `tag` and the words after it tagged again (by the second pass when `first` is given). */
  private setAndRetag(
    atoms: WordAtoms,
    amb: Int32Array,
    tags: Uint8Array,
    i: number,
    tag: number,
    first?: Uint8Array,
  ): Uint8Array {
    const model = first ? this.second : undefined;
    tags[i] = tag;
    for (let j = i + 1; j < tags.length; j++) tags[j] = this.predict(atoms, amb, tags, j, first, model);
    return tags;
  }

  /** Whether the tagger has one pass (its tags after a word can be predicted again from that word's tag). */
  get singlePass(): boolean {
    return this.second === undefined;
  }

  /** `tags` with word i made a verb and the words after it tagged again (one-pass taggers). */
  retagAsVerb(atoms: WordAtoms, amb: Int32Array, tags: Uint8Array, i: number): Uint8Array {
    tags[i] = VERB_ID;
    for (let j = i + 1; j < tags.length; j++) tags[j] = this.predict(atoms, amb, tags, j);
    return tags;
  }

  /** Tags of the first pass alone. */
  firstPass(atoms: WordAtoms, amb: Int32Array): Uint8Array {
    const tags = new Uint8Array(amb.length);
    for (let i = 0; i < amb.length; i++) tags[i] = this.predict(atoms, amb, tags, i);
    return tags;
  }

  ambiguityOf(words: readonly string[]): Int32Array {
    const amb = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) amb[i] = this.ambiguityOfWord(words[i] ?? "");
    return amb;
  }

  /** The tag set the dictionary gives a word (a UPOS bit mask; 0 when unknown). */
  ambiguityOfWord(word: string): number {
    return (
      this.ambiguity.get(word) ?? this.ambiguity.set(word, this.dictionary.get(normalizeForm(word).toLowerCase()) ?? 0)
    );
  }

  predict(atoms: WordAtoms, amb: Int32Array, tags: Uint8Array, i: number, first?: Uint8Array, model?: Scorer): number {
    const n = this.extract(atoms, amb, tags, i, first);
    this.scores.fill(0);
    (model ?? this.model).score(this.features, n, this.scores);
    let best = 0;
    for (let k = 1; k < this.scores.length; k++) if ((this.scores[k] ?? 0) > (this.scores[best] ?? 0)) best = k;
    return best;
  }

  /**
   * Fills `this.features` for token i (tags before i are predictions; `first`, in the second pass, the first
   * pass's tags of the whole sentence); returns the count.
   */
  extract(a: WordAtoms, amb: Int32Array, tags: Uint8Array, i: number, first?: Uint8Array): number {
    const n = a.form.length;
    const f = this.features;
    const mask = (1 << TAGGER_BITS) - 1;
    const t1 = i >= 1 ? (tags[i - 1] ?? 0) + 1 : 0;
    const t2 = i >= 2 ? (tags[i - 2] ?? 0) + 1 : 0;
    const w = a.lower[i] ?? 0;
    let c = 0;
    f[c++] = featureBucket(1, 0, 0, mask);
    f[c++] = featureBucket(2, a.form[i] ?? 0, 0, mask);
    f[c++] = featureBucket(3, w, 0, mask);
    f[c++] = featureBucket(4, a.suffix1[i] ?? 0, 0, mask);
    f[c++] = featureBucket(5, a.suffix2[i] ?? 0, 0, mask);
    f[c++] = featureBucket(6, a.suffix3[i] ?? 0, 0, mask);
    f[c++] = featureBucket(7, a.suffix4[i] ?? 0, 0, mask);
    f[c++] = featureBucket(8, a.prefix1[i] ?? 0, 0, mask);
    f[c++] = featureBucket(9, a.prefix2[i] ?? 0, 0, mask);
    f[c++] = featureBucket(10, a.shape[i] ?? 0, 0, mask);
    f[c++] = featureBucket(11, t1, 0, mask);
    f[c++] = featureBucket(12, t2, t1, mask);
    f[c++] = featureBucket(13, t1, w, mask);
    f[c++] = featureBucket(14, atomAt(a.lower, n, i - 1), 0, mask);
    f[c++] = featureBucket(15, atomAt(a.suffix3, n, i - 1), 0, mask);
    f[c++] = featureBucket(16, atomAt(a.lower, n, i + 1), 0, mask);
    f[c++] = featureBucket(17, atomAt(a.suffix3, n, i + 1), 0, mask);
    f[c++] = featureBucket(18, atomAt(a.lower, n, i - 2), 0, mask);
    f[c++] = featureBucket(19, atomAt(a.lower, n, i + 2), 0, mask);
    f[c++] = featureBucket(20, atomAt(a.shape, n, i + 1), 0, mask);
    f[c++] = featureBucket(21, atomAt(a.shape, n, i - 1), 0, mask);
    f[c++] = featureBucket(22, atomAt(a.lower, n, i - 1), w, mask);
    f[c++] = featureBucket(23, w, atomAt(a.lower, n, i + 1), mask);
    f[c++] = featureBucket(24, i === 0 ? 1 : 0, a.shape[i] ?? 0, mask);
    f[c++] = featureBucket(25, t1, a.suffix3[i] ?? 0, mask);
    f[c++] = featureBucket(26, amb[i] ?? 0, 0, mask);
    f[c++] = featureBucket(27, i + 1 < n ? (amb[i + 1] ?? 0) : END, 0, mask);
    f[c++] = featureBucket(28, i + 1 < n ? (amb[i + 1] ?? 0) : END, i + 2 < n ? (amb[i + 2] ?? 0) : END, mask);
    f[c++] = featureBucket(29, t1, i + 1 < n ? (amb[i + 1] ?? 0) : END, mask);
    f[c++] = featureBucket(30, amb[i] ?? 0, a.suffix2[i] ?? 0, mask);
    f[c++] = featureBucket(31, t1, amb[i] ?? 0, mask);
    f[c++] = featureBucket(32, i === n - 1 ? 1 : 0, a.shape[i] ?? 0, mask);
    {
      const next = i + 1 < n ? (amb[i + 1] ?? 0) : END;
      f[c++] = featureBucket(33, t1, atomAt(a.lower, n, i - 1), mask);
      f[c++] = featureBucket(34, w, next, mask);
      f[c++] = featureBucket(35, mix(t1, amb[i] ?? 0), next, mask);
      f[c++] = featureBucket(36, a.suffix3[i] ?? 0, a.shape[i] ?? 0, mask);
      f[c++] = featureBucket(37, w, atomAt(a.shape, n, i + 1), mask);
      f[c++] = featureBucket(38, t2, amb[i] ?? 0, mask);
    }
    {
      // Word clusters (Ratinov & Roth 2009): coarse and fine prefixes of the word and its neighbours.
      const cl = a.cluster;
      const c6 = a.cluster6;
      const c0 = cl[i] ?? 0;
      f[c++] = featureBucket(46, a.cluster4[i] ?? 0, 0, mask);
      f[c++] = featureBucket(47, c6[i] ?? 0, 0, mask);
      f[c++] = featureBucket(48, c0, 0, mask);
      f[c++] = featureBucket(49, atomAt(c6, n, i - 1), 0, mask);
      f[c++] = featureBucket(50, atomAt(c6, n, i + 1), 0, mask);
      f[c++] = featureBucket(51, atomAt(cl, n, i + 1), 0, mask);
      f[c++] = featureBucket(52, atomAt(cl, n, i - 1), 0, mask);
      f[c++] = featureBucket(53, t1, c6[i] ?? 0, mask);
      f[c++] = featureBucket(54, c0, atomAt(c6, n, i + 1), mask);
      f[c++] = featureBucket(55, atomAt(a.cluster4, n, i + 2), 0, mask);
    }
    if (first) {
      const r1 = passTag(first, n, i + 1);
      const r2 = passTag(first, n, i + 2);
      f[c++] = featureBucket(39, r1, 0, mask);
      f[c++] = featureBucket(40, r1, r2, mask);
      f[c++] = featureBucket(41, w, r1, mask);
      f[c++] = featureBucket(42, t1, r1, mask);
      f[c++] = featureBucket(43, passTag(first, n, i), 0, mask);
      f[c++] = featureBucket(44, a.suffix3[i] ?? 0, r1, mask);
      f[c++] = featureBucket(45, amb[i] ?? 0, r1, mask);
    }
    return c;
  }
}

export interface TaggerTrainingSentence {
  words: string[];
  atoms: WordAtoms;
  gold: Uint8Array;
}

/** Trains on sentences in the given order each epoch (the caller shuffles deterministically). */
export function trainPosTagger(
  sentences: TaggerTrainingSentence[],
  dictionary: TagDictionary,
  epochs: number,
  shuffle: (epoch: number) => number[],
  onEpoch?: (epoch: number, accuracy: number) => void,
  /** For the second pass: first-pass tags of each training sentence (jackknifed, like those at run time). */
  firstPass?: readonly (Uint8Array | undefined)[],
): SparseLinearModel {
  const perceptron = new AveragedPerceptron(TAGGER_BITS, UPOS_TAGS.length);
  const tagger = new PosTagger(perceptron, dictionary);
  const features = (tagger as unknown as { features: Int32Array }).features;
  for (let epoch = 0; epoch < epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const index of shuffle(epoch)) {
      const s = sentences[index];
      if (!s) continue;
      const amb = tagger.ambiguityOf(s.words);
      const tags = new Uint8Array(s.words.length);
      const first = firstPass?.[index];
      if (firstPass && !first) throw new Error(`tagger: no first-pass tags for training sentence ${index}`);
      for (let i = 0; i < s.words.length; i++) {
        const guess = tagger.predict(s.atoms, amb, tags, i, first);
        const truth = s.gold[i] ?? 0;
        perceptron.tick();
        if (guess !== truth) {
          const n = tagger.extract(s.atoms, amb, tags, i, first);
          perceptron.update(features, n, truth, guess);
        } else right++;
        total++;
        tags[i] = guess;
      }
    }
    onEpoch?.(epoch, right / Math.max(1, total));
  }
  return perceptron.toSparse();
}

export const uposIdOf = (tag: string): number => Math.max(0, UPOS_TAGS.indexOf(tag as Upos));
