// Names as constituents. A greedy parser trained on web text often hangs a run of capitalized words ("Ruritanian
// President Anna Kovel", "Acme Corp chief executive Jan Berg") off its first word; English noun phrases are
// head-final, so within a run of nominal words ending in a name the last name is the head: the run's external
// attachment moves to that name's last token, earlier names and titles become its compound / nmod:desc
// modifiers, and each name's own tokens hang flat on its last token (like spaCy's retokenizer merging a span).
import type { Doc } from "../nlp/doc.js";
import type { EntitySpan } from "./types.js";

const NOMINAL = new Set(["PROPN", "NOUN", "ADJ", "NUM"]);
/** Prepositions that tie a post noun to its organization ("officer for Y", "director of Y", "fellow at Y"). */
const POST_PREPOSITIONS = new Set(["for", "of", "at", "with"]);

/** The lowercased preposition (case child) of a token, or "". */
function caseOfToken(doc: Doc, t: number): string {
  const c = doc.children(t).find((k) => doc.deprel[k] === "case");
  return c === undefined ? "" : doc.lowerWord(c);
}
/** Argument relations a verb has one of: a noun and the name after it both bearing one were one phrase. */
const SIBLING_ARGUMENTS = new Set(["nsubj", "nsubj:pass", "obj", "iobj"]);
/** How a parse hangs a name on the common noun before it ("the band X"). */
const DESCRIBED_BY = new Set(["appos", "flat", "compound", "nmod", "dep"]);
/** A noun phrase's function words, which belong to the phrase's head. */
const PHRASE_WORDS = new Set(["case", "det", "cc", "punct", "mark"]);

/** Whether `ancestor` is `t` or above it (bounded: a malformed tree cannot loop). */
function dominates(doc: Doc, ancestor: number, t: number): boolean {
  for (let k = t, steps = 0; k >= 0 && steps <= doc.length; k = doc.head[k] ?? -1, steps++)
    if (k === ancestor) return true;
  return false;
}

function inside(t: number, a: number, b: number): boolean {
  return t >= a && t < b;
}

/** Whether a token outside [a, b) hangs (through its heads) on a token of the run. */
function hangsOnRun(doc: Doc, t: number, a: number, b: number): boolean {
  for (let k = doc.head[t] ?? -1, steps = 0; k >= 0 && steps <= doc.length; k = doc.head[k] ?? -1, steps++)
    if (inside(k, a, b)) return true;
  return false;
}

/** Re-heads [a, b) so that `root` is its head, taking the run's one external attachment. */
function makeConstituent(
  doc: Doc,
  a: number,
  b: number,
  root: number,
  attach: (t: number) => [head: number, rel: string],
): void {
  // The external attachment of the run: the token whose head lies outside (the first such), unless that head
  // itself hangs on the run ("spokesman" in "<Body>'s spokesman <Name>" with the title on the name's first word
  // and the name's last word over the title): taking it would close a cycle, so a head outside the run's subtree
  // is preferred.
  // A run the parse split between a clause and that clause's own subject ("The X Y was founded by Z" read with "X"
  // as the head and "Y" the subject of a relative "was founded" hung on "X"): a clause does not modify the noun that
  // is its subject, so the name is the clause's subject and the clause takes the run's attachment.
  let clause = -1;
  let subject = -1;
  let subjectRel = "nsubj";
  for (let t = a; t < b && clause < 0; t++) {
    const v = doc.head[t] ?? -1;
    const rel = doc.deprel[t] ?? "";
    if (v < b || !rel.startsWith("nsubj") || !inside(doc.head[v] ?? -1, a, b)) continue;
    if (doc.deprel[v] === "acl" || doc.deprel[v] === "acl:relcl") [clause, subject, subjectRel] = [v, t, rel];
  }
  let head = -1;
  let rel = "dep";
  let fallback: [number, string] | undefined;
  for (let t = a; t < b; t++) {
    const h = doc.head[t] ?? -1;
    if (inside(h, a, b) || t === subject) continue;
    if (h >= 0 && hangsOnRun(doc, h, a, b)) {
      fallback ??= [h, doc.deprel[t] ?? "dep"];
      continue;
    }
    head = h;
    rel = doc.deprel[t] ?? "dep";
    fallback = undefined;
    break;
  }
  if (fallback) [head, rel] = [-1, "root"];
  for (let t = a; t < b; t++) {
    if (t === root) continue;
    const [h, r] = attach(t);
    doc.head[t] = h;
    doc.deprel[t] = r;
  }
  doc.head[root] = head;
  doc.deprel[root] = head < 0 ? "root" : rel;
  if (clause >= 0) {
    doc.head[clause] = head;
    doc.deprel[clause] = head < 0 ? "root" : rel;
    doc.head[root] = clause;
    doc.deprel[root] = subjectRel;
    // What followed the clause on the former head (the closing period) belongs to the clause now.
    for (let t = clause + 1; t < doc.length && doc.sentOf[t] === doc.sentOf[a]; t++)
      if (doc.head[t] === root) doc.head[t] = clause;
  }
  // Dependents outside the run that hung on a word now flat inside a name hang on that name's head word
  // ("Kovel's" possessive belongs to the name).
  const s = doc.sentOf[a] ?? 0;
  for (let t = doc.sentStart[s] ?? 0; t < (doc.sentEnd[s] ?? 0); t++) {
    const h = doc.head[t] ?? -1;
    if (!inside(t, a, b) && inside(h, a, b) && doc.deprel[h] === "flat") doc.head[t] = doc.head[h] ?? root;
    // What follows the run and hung on one of its modifiers ("Sen. X , a senator from Y ,": the appositive on
    // "Sen.") belongs to the phrase's head.
    else if (t >= b && inside(h, a, b) && h !== root && doc.head[h] !== -1) doc.head[t] = root;
  }
}

export function normalizeNamePhrases(doc: Doc, spans: readonly EntitySpan[], titles: ReadonlySet<string>): void {
  const spanEndingAt = new Map<number, EntitySpan>();
  const spanAt = new Int32Array(doc.length).fill(-1);
  spans.forEach((s, k) => {
    if (s.reference) return;
    spanEndingAt.set(s.end - 1, s);
    for (let i = s.start; i < s.end; i++) spanAt[i] = k;
  });
  // Each multiword name first, as a unit on its last token.
  for (const s of spans) {
    if (s.reference || s.end - s.start < 2 || s.type === "EVENT") continue;
    const all = doc.upos.slice(s.start, s.end).every((u) => NOMINAL.has(u));
    if (!all) continue;
    makeConstituent(doc, s.start, s.end, s.end - 1, () => [s.end - 1, "flat"]);
    // The head of a capitalized name is a proper noun, whatever the tagger made of the word ("X United").
    const last = s.end - 1;
    if ((doc.upos[last] === "ADJ" || doc.upos[last] === "NOUN") && /^\p{Lu}/u.test(doc.words[last] ?? ""))
      doc.upos[last] = "PROPN";
  }
  coordinateJoinedNames(doc, spans);
  // A name hung on another name across a comma ("a spokeswoman for the X Institute , Y Z , said"): no name spans
  // a comma, so one hung flat there and set off by commas, with no further name or conjunction after it, is an
  // appositive. A person's name in apposition to an organization's or place's describes the noun that governs
  // that name (the spokeswoman, not the institute).
  for (const s of spans) {
    if (s.reference || s.start < 1 || doc.words[s.start - 1] !== ",") continue;
    const root = s.end - 1;
    const h = doc.head[root] ?? -1;
    const rel = doc.deprel[root];
    if ((rel !== "flat" && rel !== "appos") || h < 0 || h >= s.start - 1 || spanAt[h] === -1) continue;
    const sent = doc.sentOf[root];
    const next = (k: number) => (k < doc.length && doc.sentOf[k] === sent ? (doc.words[k] ?? "") : ".");
    const after = next(s.end);
    if (after !== "," && after !== "." && after !== ")") continue;
    if (after === "," && (/^\p{Lu}/u.test(next(s.end + 1)) || /^(and|or)$/.test(next(s.end + 1)))) continue;
    let to = h;
    const outer = spans[spanAt[h] ?? -1];
    if (s.type === "PERSON" && outer?.type !== "PERSON")
      while (doc.deprel[to] === "nmod" && doc.upos[doc.head[to] ?? -1] === "NOUN") to = doc.head[to] ?? to;
    if (rel === "appos" && to === h) continue;
    doc.head[root] = to;
    doc.deprel[root] = "appos";
  }
  // Then runs of nominal words ending in a person's or organization's name.
  for (let s = 0; s < doc.sentenceCount; s++) {
    const a0 = doc.sentStart[s] ?? 0;
    const b0 = doc.sentEnd[s] ?? 0;
    let t = a0;
    while (t < b0) {
      if (!NOMINAL.has(doc.upos[t] ?? "X") || !/^\p{Lu}/u.test(doc.words[t] ?? "")) {
        t++;
        continue;
      }
      let e = t;
      // "of" right after a title opens the office the title is of ("Minister of Defence <Name>", "Leader of the
      // House <Name>"): the run goes on through it when a capitalized word follows.
      let officeOf = -1;
      for (;;) {
        while (
          e < b0 &&
          NOMINAL.has(doc.upos[e] ?? "X") &&
          (/^\p{Lu}/u.test(doc.words[e] ?? "") || titles.has(doc.lowerWord(e)))
        )
          e++;
        if (officeOf >= 0 || e + 1 >= b0 || doc.lowerWord(e) !== "of" || !titles.has(doc.lowerWord(e - 1))) break;
        const after = doc.lowerWord(e + 1) === "the" ? e + 2 : e + 1;
        if (after >= b0 || !/^\p{Lu}/u.test(doc.words[after] ?? "") || spanAt[e - 1] !== -1) break;
        officeOf = e;
        e = after;
      }
      const last = spanEndingAt.get(e - 1);
      const firstSpan = spans[spanAt[t] ?? -1];
      // Only a run with something before the final name, and not one name cut by the run start.
      if (last && last.type === "PERSON" && last.start > t && (!firstSpan || firstSpan.start >= t)) {
        const root = e - 1;
        // The title nearest the final name carries the run's nationality and organization modifiers.
        let title = officeOf > t && officeOf < last.start ? officeOf - 1 : -1;
        for (let k = last.start - 1; k >= t && title < 0; k--)
          if (titles.has(doc.lowerWord(k)) && spanAt[k] === -1) title = k;
        // The office after "of" is a phrase of its own on the title, headed by its last word (or name).
        const office = title === officeOf - 1 ? last.start - 1 : -1;
        makeConstituent(doc, t, e, root, (k) => {
          if (k >= last.start) return [root, "flat"];
          const inner = spans[spanAt[k] ?? -1];
          if (inner && k !== inner.end - 1) return [inner.end - 1, "flat"];
          if (office >= 0 && k > title) {
            if (k === office) return [title, "nmod"];
            if (k === officeOf) return [office, "case"];
            return [office, doc.lowerWord(k) === "the" ? "det" : "compound"];
          }
          if (k === title) return [root, "nmod:desc"];
          const to = title >= 0 && k < title ? title : root;
          if (titles.has(doc.lowerWord(k)) && !inner) return [to, "compound"];
          return [to, doc.upos[k] === "ADJ" ? "amod" : "compound"];
        });
      }
      t = e;
    }
  }
  // A name before a verb that has no subject, attached to it by a relation nominals do not bear (a run re-headed
  // above can inherit "advmod" or "amod" from a title word): the name is the verb's subject.
  const NOMINAL_RELS =
    /^(nsubj|obj|iobj|obl|nmod|appos|conj|compound|flat|list|parataxis|vocative|dislocated|root|csubj|ccomp|xcomp|acl|advcl|nummod|dep|orphan|expl|reparandum|goeswith)/;
  doc.invalidate();
  for (const span of spans) {
    if (span.reference) continue;
    const root = span.end - 1;
    const h = doc.head[root] ?? -1;
    if (h <= root || doc.upos[h] !== "VERB" || NOMINAL_RELS.test(doc.deprel[root] ?? "")) continue;
    if (doc.children(h).some((c) => (doc.deprel[c] ?? "").startsWith("nsubj"))) continue;
    doc.deprel[root] = "nsubj";
  }
  // A common noun right before a name, both hung on one head by the same argument relation ("its leader X ousted",
  // "club X refused", two subjects of one verb): the noun describes the name, as in "the leader X".
  for (const span of spans) {
    if (span.reference || (span.type !== "PERSON" && span.type !== "ORGANIZATION")) continue;
    const n = span.start - 1;
    const root = span.end - 1;
    if (n < 0 || doc.upos[n] !== "NOUN" || doc.sentOf[n] !== doc.sentOf[root] || spanAt[n] !== -1) continue;
    const rel = doc.deprel[root] ?? "";
    if (doc.head[n] !== doc.head[root] || doc.deprel[n] !== rel || !SIBLING_ARGUMENTS.has(rel)) continue;
    doc.head[n] = root;
    doc.deprel[n] = "nmod:desc";
  }
  // "X, the minister of Y, resigned": a description set off by a comma after a name, which the parse made a
  // second subject (or object) of the name's own verb, is the name's appositive; a verb has one subject.
  for (const span of spans) {
    if (span.reference || (span.type !== "PERSON" && span.type !== "ORGANIZATION")) continue;
    const root = span.end - 1;
    if (doc.words[span.end] !== ",") continue;
    const rel = doc.deprel[root] ?? "";
    if (!SIBLING_ARGUMENTS.has(rel)) continue;
    const end = doc.sentEnd[doc.sentOf[root] ?? 0] ?? doc.length;
    let h = span.end + 1;
    while (h < end && (doc.upos[h] === "DET" || doc.upos[h] === "ADJ")) h++;
    if (h >= end || doc.upos[h] !== "NOUN") continue;
    // The description may already be known to stand for the name ("the minister" resolved to X).
    if (spanAt[h] !== -1 && spans[spanAt[h] ?? -1]?.entity !== span.entity) continue;
    if (doc.head[h] !== doc.head[root] || doc.deprel[h] !== rel) continue;
    if (doc.children(h).some((c) => /^(cop|aux|mark)/.test(doc.deprel[c] ?? ""))) continue;
    doc.head[h] = root;
    doc.deprel[h] = "appos";
    doc.invalidate();
  }
  // A common noun right before a name describes it ("plays for League club X", "the band X"): the name heads the
  // phrase and the noun is its descriptor, as in "the leader X" above, so readings that want a name in the phrase's
  // place find one. A greedy parse, thrown by a name word it tags as an adjective ("X United"), may also hang the
  // name far back on an earlier head and leave the noun empty; a name so hung before its noun is taken back too (a
  // name whose head follows it is a clause's subject: "told reporters X had left").
  for (const span of spans) {
    if (span.reference || (span.type !== "PERSON" && span.type !== "ORGANIZATION")) continue;
    const n = span.start - 1;
    const root = span.end - 1;
    if (n < 0 || doc.upos[n] !== "NOUN" || doc.sentOf[n] !== doc.sentOf[root] || spanAt[n] !== -1) continue;
    if (!/^\p{Ll}/u.test(doc.words[n] ?? "")) continue;
    const h = doc.head[root] ?? -1;
    const onNoun = h === n && DESCRIBED_BY.has(doc.deprel[root] ?? "");
    if (!onNoun && (h < 0 || h >= n || (doc.deprel[root] ?? "").startsWith("nsubj"))) continue;
    if (doc.children(root).some((c) => doc.deprel[c] === "case" || doc.deprel[c] === "nmod:poss")) continue;
    if (dominates(doc, root, n)) continue;
    // The phrase's function words, a pronoun's possessive ("his club X") and what follows the name move to the
    // name; the noun keeps its modifiers ("the League's club X": the league is the noun's). A child the name
    // itself hangs under stays (moving it onto the name would close a cycle).
    for (const c of doc.children(n)) {
      const rel = doc.deprel[c] ?? "";
      if (dominates(doc, c, root)) continue;
      if (c > root || PHRASE_WORDS.has(rel) || (rel === "nmod:poss" && doc.upos[c] === "PRON")) doc.head[c] = root;
    }
    doc.head[root] = doc.head[n] ?? -1;
    doc.deprel[root] = doc.head[root] < 0 ? "root" : (doc.deprel[n] ?? "dep");
    doc.head[n] = root;
    doc.deprel[n] = "nmod:desc";
    doc.invalidate();
  }
  // A description set off by a comma right after a name and closing the clause ("... sold by X , Y's oldest
  // firm .", "... met X , a rival of Y ,") is the name's appositive; a greedy parse often hangs it on the verb as a
  // parataxis or loose dependent instead, so no reading reaches the name through it.
  for (const span of spans) {
    if (span.reference || span.type === "EVENT") continue;
    const root = span.end - 1;
    const comma = span.end;
    if (doc.words[comma] !== "," || doc.sentOf[comma] !== doc.sentOf[root]) continue;
    const end = doc.sentEnd[doc.sentOf[root] ?? 0] ?? doc.length;
    // The description's head: the first noun after the comma that the parse hung outside the name.
    let h = comma + 1;
    while (
      h < end &&
      (doc.upos[h] === "DET" ||
        doc.upos[h] === "ADJ" ||
        doc.upos[h] === "NUM" ||
        doc.upos[h] === "PROPN" ||
        doc.deprel[h] === "case" ||
        doc.deprel[h] === "nmod:poss" ||
        doc.deprel[h] === "compound" ||
        doc.deprel[h] === "amod")
    )
      h++;
    if (h >= end || doc.upos[h] !== "NOUN" || spanAt[h] !== -1) continue;
    const rel = doc.deprel[h] ?? "";
    if (rel !== "parataxis" && rel !== "dep" && rel !== "list") continue;
    if (doc.children(h).some((c) => /^(nsubj|cop|aux|mark)/.test(doc.deprel[c] ?? ""))) continue;
    // The phrase closes the clause: a full stop, a closing comma or the sentence end follows its own words.
    let k = h + 1;
    while (k < end && inside(doc.head[k] ?? -1, h, h + 1)) k++;
    const after = k < end ? doc.words[k] : ".";
    if (after !== "." && after !== ",") continue;
    doc.head[h] = root;
    doc.deprel[h] = "appos";
    doc.invalidate();
  }
  // A prepositional phrase right after a name's appositive noun, with no comma between, modifies that noun ("X ,
  // press officer for the Y ministry"); a parse that hangs it on the name skips the noun.
  for (const span of spans) {
    if (span.reference || span.type !== "PERSON") continue;
    const root = span.end - 1;
    for (const n of doc.children(root)) {
      // Only the prepositions of a post's organization: a place after it ("in Y") may still be the person's.
      if (doc.deprel[n] !== "nmod" || n < root || !POST_PREPOSITIONS.has(caseOfToken(doc, n))) continue;
      const appos = doc
        .children(root)
        .filter((c) => c > root && c < n && doc.deprel[c] === "appos" && doc.upos[c] === "NOUN")
        .pop();
      if (appos === undefined) continue;
      let comma = false;
      for (let k = appos + 1; k < n; k++) if (doc.words[k] === ",") comma = true;
      if (comma) continue;
      doc.head[n] = appos;
    }
  }
  doc.invalidate();
  // A possessive hangs on the noun phrase after it; a greedy parse sometimes hangs it on the verb instead.
  for (let t = 0; t < doc.length; t++) {
    if (doc.deprel[t] !== "nmod:poss") continue;
    const h = doc.head[t] ?? -1;
    const hu = h >= 0 ? doc.upos[h] : undefined;
    if (hu === "NOUN" || hu === "PROPN" || hu === "PRON" || hu === "NUM") continue;
    let k = t + 1;
    const end = doc.sentEnd[doc.sentOf[t] ?? 0] ?? doc.length;
    while (k < end && (doc.deprel[k] === "case" || doc.upos[k] === "ADJ" || doc.upos[k] === "DET")) k++;
    const span = spans[spanAt[k] ?? -1];
    const noun = span ? span.end - 1 : k;
    if (k < end && (doc.upos[noun] === "NOUN" || doc.upos[noun] === "PROPN")) doc.head[t] = noun;
  }
  reattachRelatives(doc, spans);
  doc.invalidate();
}

/** Relative pronouns that introduce only relative clauses after a comma ("that" is also a complementizer). */
const WH_RELATIVES = new Set(["who", "which"]);
/** Attachments a greedy parse gives a relative clause set off by commas: read as another clause of the sentence. */
const MISATTACHED_CLAUSE = new Set(["advcl", "ccomp", "parataxis", "conj", "dep", "acl"]);

/**
 * "X, who works for Y, said ...": a greedy parse often hangs a relative clause set off by commas on the main verb
 * (advcl, ccomp, parataxis) or coordinates it. A relative clause follows its noun, so a clause whose subject is the
 * wh-pronoun right after "name ," modifies that name (acl:relcl), as every reading of a name's relative clause
 * expects. Not when the clause dominates the name (that would make a cycle).
 */
function reattachRelatives(doc: Doc, spans: readonly EntitySpan[]): void {
  for (const span of spans) {
    if (span.reference || span.type === "EVENT") continue;
    const root = span.end - 1;
    const wh = span.end + 1;
    if (doc.words[span.end] !== "," || !WH_RELATIVES.has(doc.lowerWord(wh))) continue;
    if (doc.sentOf[wh] !== doc.sentOf[root]) continue;
    const v = doc.head[wh] ?? -1;
    if (v <= wh || !(doc.deprel[wh] ?? "").startsWith("nsubj")) continue;
    if (!MISATTACHED_CLAUSE.has(doc.deprel[v] ?? "")) continue;
    let k = root;
    while (k >= 0 && k !== v) k = doc.head[k] ?? -1;
    if (k === v) continue;
    doc.head[v] = root;
    doc.deprel[v] = "acl:relcl";
  }
}

/**
 * Names joined by a conjunction ("for X and Y", "A, B and C") that the parse ran together into one phrase (earlier
 * names hung on the last one as its modifiers, or later ones on the first as appositions or list items): the names
 * are conjuncts, as UD has them, so every reading that goes through `conj` reaches each of them. The first name
 * takes the phrase's attachment and the function words before it; each later name becomes its `conj`, with its own
 * comma or conjunction.
 */
function coordinateJoinedNames(doc: Doc, spans: readonly EntitySpan[]): void {
  const names = spans.filter((s) => !s.reference).sort((x, y) => x.start - y.start);
  let changed = false;
  for (let k = 0; k < names.length; k++) {
    // The longest sequence from names[k] whose gaps are ",", "and", "or" or ", and", ending in a conjunction gap.
    const group = [names[k]!];
    const gaps: number[][] = [];
    for (let j = k + 1; j < names.length; j++) {
      const prev = group[group.length - 1]!;
      const next = names[j]!;
      const gap: number[] = [];
      for (let t = prev.end; t < next.start; t++) gap.push(t);
      const words = gap.map((t) => doc.lowerWord(t)).join(" ");
      if (doc.sentOf[next.start] !== doc.sentOf[prev.start] || !/^(,|and|or|, and|, or)$/.test(words)) break;
      group.push(next);
      gaps.push(gap);
    }
    const lastGap = gaps[gaps.length - 1];
    if (!lastGap || !lastGap.some((t) => /^(and|or)$/.test(doc.lowerWord(t)))) continue;
    // Only names the parse joined among themselves, one of them (the top) attached outside and every other on
    // another name of the group; left alone when they already stand as UD has coordination (each later name a
    // conjunct of the first).
    const heads = new Set(group.map((g) => g.end - 1));
    const outside = [...heads].filter((h) => !heads.has(doc.head[h] ?? -1));
    const first = group[0]!.end - 1;
    const top = outside[0];
    if (outside.length !== 1 || top === undefined) continue;
    if (top === first && [...heads].every((h) => h === first || (doc.head[h] === first && doc.deprel[h] === "conj")))
      continue;
    doc.head[first] = doc.head[top] ?? -1;
    doc.deprel[first] = doc.deprel[top] ?? "dep";
    // Function words of the whole phrase ("for the") now introduce the first name.
    for (let t = doc.sentStart[doc.sentOf[first] ?? 0] ?? 0; t < group[0]!.start; t++)
      if (heads.has(doc.head[t] ?? -1) && PHRASE_WORDS.has(doc.deprel[t] ?? "")) doc.head[t] = first;
    group.slice(1).forEach((g, i) => {
      const h = g.end - 1;
      doc.head[h] = first;
      doc.deprel[h] = "conj";
      for (const t of gaps[i] ?? []) {
        doc.head[t] = h;
        doc.deprel[t] = doc.words[t] === "," ? "punct" : "cc";
      }
    });
    changed = true;
    k += group.length - 1;
  }
  if (changed) doc.invalidate();
}
