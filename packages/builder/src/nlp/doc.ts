// One document model for the NLP layer (spaCy's Doc/Token/Span is the model): the document owns flat token
// arrays (text, offsets, lemma, UPOS, head, dependency relation, entity IOB); tokens, sentences and entity spans
// are light views on those arrays, so every pipeline component reads and writes the same data.

/** Universal POS tags (UD v2). */
export type Upos =
  | "ADJ"
  | "ADP"
  | "ADV"
  | "AUX"
  | "CCONJ"
  | "DET"
  | "INTJ"
  | "NOUN"
  | "NUM"
  | "PART"
  | "PRON"
  | "PROPN"
  | "PUNCT"
  | "SCONJ"
  | "SYM"
  | "VERB"
  | "X";

export const UPOS_TAGS: readonly Upos[] = [
  "ADJ",
  "ADP",
  "ADV",
  "AUX",
  "CCONJ",
  "DET",
  "INTJ",
  "NOUN",
  "NUM",
  "PART",
  "PRON",
  "PROPN",
  "PUNCT",
  "SCONJ",
  "SYM",
  "VERB",
  "X",
];

export interface DocInit {
  text: string;
  /** Token texts; `text.slice(start[i], end[i]) === words[i]` when offsets are given. */
  words: string[];
  start?: ArrayLike<number>;
  end?: ArrayLike<number>;
  /** Token index where each sentence starts, ascending, first 0. */
  sentStarts: number[];
}

export interface EntitySpanInit {
  start: number;
  end: number;
  label: string;
}

export class Doc {
  readonly text: string;
  readonly words: string[];
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Filled by the lemmatizer ("" until then). */
  readonly lemma: string[];
  /** Filled by the tagger ("X" until then). */
  readonly upos: Upos[];
  /** Document-level token index of each token's head, -1 for a sentence root (filled by the parser). */
  readonly head: Int32Array;
  /** UD v2 relation with subtype ("nsubj:pass", "obl:agent"); "" until parsed. */
  readonly deprel: string[];
  /** Sentence index of each token. */
  readonly sentOf: Int32Array;
  readonly sentStart: Int32Array;
  readonly sentEnd: Int32Array;
  /** Named-entity spans over tokens, sorted by start, not overlapping. */
  ents: Span[] = [];
  private childLists: number[][] | undefined;

  constructor(init: DocInit) {
    const n = init.words.length;
    this.text = init.text;
    this.words = init.words;
    this.start = Int32Array.from(init.start ?? new Int32Array(n));
    this.end = Int32Array.from(init.end ?? new Int32Array(n));
    this.lemma = new Array<string>(n).fill("");
    this.upos = new Array<Upos>(n).fill("X");
    this.head = new Int32Array(n).fill(-1);
    this.deprel = new Array<string>(n).fill("");
    this.sentOf = new Int32Array(n);
    const starts = init.sentStarts.length ? init.sentStarts : [0];
    this.sentStart = Int32Array.from(starts);
    this.sentEnd = new Int32Array(starts.length);
    for (let s = 0; s < starts.length; s++) {
      const a = starts[s] ?? 0;
      const b = s + 1 < starts.length ? (starts[s + 1] ?? n) : n;
      this.sentEnd[s] = b;
      for (let i = a; i < b; i++) this.sentOf[i] = s;
    }
  }

  get length(): number {
    return this.words.length;
  }

  get sentenceCount(): number {
    return this.sentStart.length;
  }

  token(i: number): Token {
    return new Token(this, i);
  }

  sentence(s: number): Span {
    return new Span(this, this.sentStart[s] ?? 0, this.sentEnd[s] ?? 0, "SENT");
  }

  *sentences(): IterableIterator<Span> {
    for (let s = 0; s < this.sentStart.length; s++) yield this.sentence(s);
  }

  setEnts(spans: EntitySpanInit[]): void {
    this.ents = [...spans].sort((a, b) => a.start - b.start).map((e) => new Span(this, e.start, e.end, e.label));
  }

  /** Token i's lemma in lower case, or its lower-cased form before lemmatizing: what word lists are keyed by. */
  lowerLemma(i: number): string {
    return (this.lemma[i] || this.words[i] || "").toLowerCase();
  }

  /** Token i's form in lower case. */
  lowerWord(i: number): string {
    return (this.words[i] ?? "").toLowerCase();
  }

  /** Dependents of token i, in order. Cached: call `invalidate()` after changing heads. */
  children(i: number): readonly number[] {
    if (!this.childLists) {
      const lists: number[][] = Array.from({ length: this.length }, () => []);
      for (let k = 0; k < this.length; k++) {
        const h = this.head[k] ?? -1;
        if (h >= 0) lists[h]?.push(k);
      }
      this.childLists = lists;
    }
    return this.childLists[i] ?? [];
  }

  invalidate(): void {
    this.childLists = undefined;
  }
}

export class Token {
  constructor(
    readonly doc: Doc,
    readonly i: number,
  ) {}
  get text(): string {
    return this.doc.words[this.i] ?? "";
  }
  get lemma(): string {
    return this.doc.lemma[this.i] ?? "";
  }
  get pos(): Upos {
    return this.doc.upos[this.i] ?? "X";
  }
  get dep(): string {
    return this.doc.deprel[this.i] ?? "";
  }
  /** The head token, or undefined for a sentence root. */
  get head(): Token | undefined {
    const h = this.doc.head[this.i] ?? -1;
    return h >= 0 ? new Token(this.doc, h) : undefined;
  }
  get children(): Token[] {
    return this.doc.children(this.i).map((k) => new Token(this.doc, k));
  }
  get sent(): Span {
    return this.doc.sentence(this.doc.sentOf[this.i] ?? 0);
  }
  get idx(): number {
    return this.doc.start[this.i] ?? 0;
  }
}

export class Span {
  constructor(
    readonly doc: Doc,
    /** First token, inclusive. */
    readonly start: number,
    /** Last token, exclusive. */
    readonly end: number,
    readonly label: string,
  ) {}
  get length(): number {
    return this.end - this.start;
  }
  get text(): string {
    if (this.end <= this.start) return "";
    const a = this.doc.start[this.start] ?? 0;
    const b = this.doc.end[this.end - 1] ?? 0;
    return b > a ? this.doc.text.slice(a, b) : this.doc.words.slice(this.start, this.end).join(" ");
  }
  get words(): string[] {
    return this.doc.words.slice(this.start, this.end);
  }
  /** The token whose head lies outside the span (the first such when several). */
  get root(): Token {
    for (let i = this.start; i < this.end; i++) {
      const h = this.doc.head[i] ?? -1;
      if (h < this.start || h >= this.end) return new Token(this.doc, i);
    }
    return new Token(this.doc, this.start);
  }
  *tokens(): IterableIterator<Token> {
    for (let i = this.start; i < this.end; i++) yield new Token(this.doc, i);
  }
}
