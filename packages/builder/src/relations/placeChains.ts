// "City, Region, Country" read from the surface: names that follow each other separated by a single comma (or a
// parenthesis, "Town (Country)") name nested places, smallest first. The parser often takes these runs for lists
// or hangs the later names on an earlier noun, so they are read from token order, not from the tree. What tells a
// chain from a list of places: a country closes a chain (it lies in no place), and a run of plain places that is
// part of a coordination ("X, Y and Z") is a list, except two such pairs ("X, Y and Z, W").
import type { Doc } from "../nlp/doc.js";
import type { EntitySpan } from "./types.js";
import { acronymInParentheses } from "./acronymInParentheses.js";
import { spanHead } from "./pairFeatures.js";

export interface PlaceLink {
  inner: EntitySpan;
  outer: EntitySpan;
  /** The separator token (comma or parenthesis) that states the link. */
  trigger: number;
  /** The chain ends in a country (a safer reading than a run of plain places). */
  toCountry: boolean;
}

const CONJUNCTIONS = new Set(["and", "or", "&"]);
/** After a conjunction, these start a new phrase or clause ("X, Y, and at Z", "X, Y and lives in Z"), not a list item. */
const CLAUSE_STARTS = new Set(["ADP", "VERB", "AUX", "PRON", "ADV"]);
/**
 * Compass and region adjectives a chain's larger place may carry ("Town, northern Country", "Town, south-east
 * Region"): news and encyclopedic text place a town in a part of its country this way.
 */
const COMPASS: ReadonlySet<string> = new Set(
  ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]
    .flatMap((d) => {
      const forms = [d, `${d}ern`];
      const split = d.replace(/^(north|south)(east|west)$/, "$1-$2");
      return split === d ? forms : [...forms, split, `${split}ern`];
    })
    .concat(["central"]),
);
/** The compass adjective right after the separator before `next` ("X, northern Y"), if any. */
function compassBefore(doc: Doc, sep: number, next: EntitySpan): boolean {
  return next.start === sep + 2 && COMPASS.has(doc.lowerWord(sep + 1));
}

/** A token after a name that shows the name modifies what follows ("X's", "X-based" is a span flag). */
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);

function isPlace(s: EntitySpan): boolean {
  return (s.type === "LOCATION" || s.type === "COUNTRY") && !s.adjective && !s.group && !s.reference && !s.modifier;
}

/**
 * A name tagged as a person's inside a run of places ("Town, Y, Country", with Y a region the tagger took for a
 * surname): it continues the run, and the run then counts only where a country closes it.
 */
function mistypedPlace(s: EntitySpan): boolean {
  return s.type === "PERSON" && !s.reference && !s.adjective && !s.group;
}

/** The name ends a noun phrase: nothing nominal follows it (not "X, Y police", "X, Y's capital"). */
function endsPhrase(doc: Doc, s: EntitySpan, sentEnd: number): boolean {
  const next = s.end;
  if (next >= sentEnd) return true;
  const w = doc.words[next] ?? "";
  if (POSSESSIVE.has(w)) return false;
  const u = doc.upos[next];
  return u !== "NOUN" && u !== "PROPN" && u !== "ADJ" && u !== "NUM";
}

/** Words that introduce examples: what follows is a list, not a place and its container. */
const EXAMPLE_WORDS = new Set(["as", "like", "including", "include", "includes", "among"]);

/** The name is a preposition's object ("in X, Y", "at the X, Y", "at the historic X, Y"), not an item of an enumeration. */
function afterPreposition(doc: Doc, s: EntitySpan): boolean {
  let k = s.start - 1;
  // "at the historic X", "in the small X": lowercase adjectives after a determiner ("to many X" is no such phrase).
  let j = k;
  for (let n = 0; n < 2 && doc.upos[j] === "ADJ" && /^\p{Ll}/u.test(doc.words[j] ?? ""); n++) j--;
  if (j < k && doc.upos[j] === "DET") k = j;
  if (doc.upos[k] === "DET") k--;
  return doc.upos[k] === "ADP" && !EXAMPLE_WORDS.has(doc.lowerWord(k));
}

/** A proper noun that is no name here, next to a run ("X, Y, Z" with Z untagged): the run is part of a list. */
function untaggedProperNoun(doc: Doc, k: number, sorted: readonly EntitySpan[]): boolean {
  return doc.upos[k] === "PROPN" && !sorted.some((s) => s.start <= k && k < s.end);
}

/**
 * Dependents of a verb that open a clause or phrase set before its subject ("If admitted to X, Country would ...",
 * "After talks in X, Country agreed"); an unmarked nominal ("Residents of X, Country said": obl:unmarked, a parse
 * error for the subject) is not one.
 */
const FRONTED_DEPENDENTS = new Set(["advcl", "obl", "parataxis", "ccomp"]);

/**
 * A country named right after an earlier name is the subject of a verb that follows it, and the earlier name sits
 * in a clause or phrase fronted before that verb: the comma closes the fronted part, it does not nest one place in
 * the other. A comma right after the country ("X, Country, said ...") is the chain's own comma and keeps the link.
 */
function subjectAfterFronted(doc: Doc, earlier: EntitySpan, country: EntitySpan): boolean {
  if (country.type !== "COUNTRY" || doc.words[country.end] === ",") return false;
  const h = spanHead(doc, country);
  if (!(doc.deprel[h] ?? "").startsWith("nsubj")) return false;
  const verb = doc.head[h] ?? -1;
  if (verb < country.end) return false;
  let t = spanHead(doc, earlier);
  for (let steps = 0; steps < doc.length && t >= 0; steps++) {
    const up = doc.head[t] ?? -1;
    if (up === verb) return FRONTED_DEPENDENTS.has(doc.deprel[t] ?? "");
    t = up;
  }
  return false;
}

/** Links between consecutive names of every place chain in the doc. */
export function placeChains(doc: Doc, spans: readonly EntitySpan[]): PlaceLink[] {
  const out: PlaceLink[] = [];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i]!;
    const sent = doc.sentOf[first.start] ?? 0;
    const sentEnd = doc.sentEnd[sent] ?? doc.length;
    // An organization may open a chain when it is a preposition's object ("at the X School, Town, Region");
    // only places continue it.
    if (!(isPlace(first) || (first.type === "ORGANIZATION" && !first.reference && afterPreposition(doc, first)))) {
      i++;
      continue;
    }
    const run: EntitySpan[] = [first];
    const seps: number[] = [];
    let j = i + 1;
    for (; j < sorted.length; j++) {
      const prev = run[run.length - 1]!;
      const next = sorted[j]!;
      const adjacent =
        next.start === prev.end + 1 || (doc.words[prev.end] === "," && compassBefore(doc, prev.end, next));
      if (!(isPlace(next) || mistypedPlace(next)) || !adjacent || next.start >= sentEnd) break;
      const sep = doc.words[prev.end] ?? "";
      const paren = sep === "(" && doc.words[next.end] === ")";
      if (sep !== "," && !paren) break;
      if (paren && acronymInParentheses(doc, next.start, next.end)) break;
      if (!paren && !endsPhrase(doc, next, sentEnd) && doc.words[next.end] !== "(") break;
      if (!paren && subjectAfterFronted(doc, prev, next)) break;
      run.push(next);
      seps.push(prev.end);
      if (paren) break;
    }
    if (run.length >= 2) linkRun(doc, run, seps, sorted, j, out);
    i = Math.max(i + 1, j);
  }
  return out;
}

function linkRun(
  doc: Doc,
  run: EntitySpan[],
  seps: number[],
  sorted: readonly EntitySpan[],
  after: number,
  out: PlaceLink[],
): void {
  // Segments close at each country: "A, B, Country, C, Country" is two chains.
  let start = 0;
  for (let k = 0; k < run.length; k++) {
    const closes = run[k]!.type === "COUNTRY";
    const last = k === run.length - 1;
    if (!closes && !last) continue;
    const seg = run.slice(start, k + 1);
    const segSeps = seps.slice(start, k);
    const firstSeg = start === 0;
    start = k + 1;
    if (seg.length < 2) continue;
    // A person-typed name reads as a place only between places and a country.
    if (!closes && seg.some(mistypedPlace)) continue;
    if (seg[0]!.type === "PERSON") continue;
    // "in A, Country, Country2 and Country3": countries in a row are a list, and so is what opened it.
    if (closes && run[k + 1]?.type === "COUNTRY") continue;
    // "at the X School, Town, Region" or "X Corp, Country": a single plain place after an organization is as
    // often the next item of a list of organizations the tagger took for a place.
    if (seg[0]!.type === "ORGANIZATION" && seg.length < 3 && !closes) continue;
    const shared =
      firstSeg && seg.length === 2 && run.length === 2 ? sharedContainerConjunct(doc, seg, sorted, after) : undefined;
    if (shared) out.push({ inner: shared, outer: seg[1]!, trigger: segSeps[0]!, toCountry: closes });
    else if (seg[0]!.type !== "ORGANIZATION" && !isChainOfPlaces(doc, run, seg, firstSeg, sorted, after)) continue;
    for (let m = 0; m + 1 < seg.length; m++)
      out.push({ inner: seg[m]!, outer: seg[m + 1]!, trigger: segSeps[m]!, toCountry: closes });
  }
}

/** A segment is a chain unless it is coordinated with other places (then it is a list). */
function isChainOfPlaces(
  doc: Doc,
  run: EntitySpan[],
  seg: EntitySpan[],
  firstSeg: boolean,
  sorted: readonly EntitySpan[],
  after: number,
): boolean {
  const end = seg[seg.length - 1]!.end;
  const lastSeg = seg[seg.length - 1] === run[run.length - 1];
  let k = end;
  if (doc.words[k] === ",") k++;
  // ", the X" continues a list as well as ", X".
  if (k > end && doc.upos[k] === "DET" && sorted[after]?.start === k + 1) k++;
  const nextWord = doc.lowerWord(k);
  const nextSpan = sorted[after];
  // "X, Y, Z and W" or "X, Y, Z, etc.": the run goes on as a coordination. A place after a comma that did not
  // join the run (a demonym, a name the run cannot take) also continues a list.
  const listAfter =
    lastSeg &&
    ((CONJUNCTIONS.has(nextWord) && !CLAUSE_STARTS.has(doc.upos[k + 1] ?? "")) ||
      nextWord === "etc" ||
      (k > end && !!nextSpan && nextSpan.start === k && nextSpan.type !== "ORGANIZATION" && !nextSpan.reference) ||
      (k > end && seg[seg.length - 1]!.type !== "COUNTRY" && untaggedProperNoun(doc, k, sorted)));
  const s0 = seg[0]!.start;
  let b = s0 - 1;
  if (doc.words[b] === ",") b--;
  const listBefore =
    firstSeg && (CONJUNCTIONS.has(doc.lowerWord(b)) || (b < s0 - 1 && untaggedProperNoun(doc, b, sorted)));
  // A run of plain places (no country closing it) reads as a chain only as a preposition's object: bare runs
  // of names are enumerations (line-ups, lists in parentheses) more often than not.
  if (seg[seg.length - 1]!.type !== "COUNTRY" && seg[0]!.type !== "ORGANIZATION" && !afterPreposition(doc, seg[0]!))
    return false;
  if (!listAfter && !listBefore) return true;
  if (seg.length !== 2 || run.length !== 2) return false;
  // "X, Y and Z, W": the coordination joins two pairs, each a place in a larger one.
  if (listAfter) {
    if (!CONJUNCTIONS.has(nextWord)) return false;
    const a = sorted[after];
    const c = sorted[after + 1];
    return (
      !!a &&
      !!c &&
      a.start === k + 1 &&
      isPlace(a) &&
      isPlace(c) &&
      c.start === a.end + 1 &&
      doc.words[a.end] === "," &&
      (doc.sentOf[c.start] ?? -1) === (doc.sentOf[s0] ?? -2)
    );
  }
  const idx = sorted.indexOf(seg[0]!);
  const a = sorted[idx - 2];
  const c = sorted[idx - 1];
  return !!a && !!c && isPlace(a) && isPlace(c) && c.start === a.end + 1 && doc.words[a.end] === "," && c.end === b;
}

/**
 * "A and B, Region": two towns joined by a conjunction share the region that closes the pair, the way local news
 * places neighbouring towns. Only a pair of plain places (no comma before the first: "X, A and B, Region" may be a
 * list of pairs), a larger place that ends the phrase, and nothing coordinated after it.
 */
function sharedContainerConjunct(
  doc: Doc,
  seg: readonly EntitySpan[],
  sorted: readonly EntitySpan[],
  after: number,
): EntitySpan | undefined {
  const [inner, outer] = seg as [EntitySpan, EntitySpan];
  if (inner.type !== "LOCATION") return undefined;
  const conj = inner.start - 1;
  if (!CONJUNCTIONS.has(doc.lowerWord(conj)) || doc.lowerWord(conj) === "&") return undefined;
  const idx = sorted.indexOf(inner);
  const first = sorted[idx - 1];
  if (!first || first.end !== conj || first.type !== "LOCATION" || !isPlace(first)) return undefined;
  if (doc.words[first.start - 1] === "," || CONJUNCTIONS.has(doc.lowerWord(first.start - 1))) return undefined;
  let k = outer.end;
  if (doc.words[k] === ",") k++;
  if (CONJUNCTIONS.has(doc.lowerWord(k)) || sorted[after]?.start === k) return undefined;
  return first;
}

/** Words that may stand between ", in" and the larger place ("in the country's X province", "in western Y"). */
function skipsToLargerPlace(doc: Doc, k: number): boolean {
  const u = doc.upos[k];
  const w = doc.lowerWord(k);
  return (
    u === "DET" ||
    COMPASS.has(w) ||
    POSSESSIVE.has(doc.words[k] ?? "") ||
    (u === "NOUN" && POSSESSIVE.has(doc.words[k + 1] ?? ""))
  );
}

/**
 * "in A, in B" / "at the X College, in B": a place (or an organization that is a preposition's object) restated
 * with a second locative after a comma lies in the second place ("in <Town>, in northern <Country>", "in <Town>, in
 * the country's <Name> province"). The second place must end its phrase, or be named on a place noun.
 */
export function commaInPlaces(doc: Doc, spans: readonly EntitySpan[], placeNouns: ReadonlySet<string>): PlaceLink[] {
  const out: PlaceLink[] = [];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const inner = sorted[i]!;
    const placeLike = isPlace(inner) || (inner.type === "ORGANIZATION" && !inner.reference);
    if (!placeLike || !afterPreposition(doc, inner)) continue;
    const comma = inner.end;
    if (doc.words[comma] !== "," || doc.lowerWord(comma + 1) !== "in") continue;
    const outer = sorted[i + 1]!;
    let k = comma + 2;
    // A compass word that opens the larger place's own name ("in North X") is no modifier to skip.
    for (let steps = 0; steps < 4 && k !== outer.start && skipsToLargerPlace(doc, k); steps++) k++;
    if (outer.start !== k || !isPlace(outer) || (doc.sentOf[outer.start] ?? -1) !== (doc.sentOf[inner.start] ?? -2))
      continue;
    const sentEnd = doc.sentEnd[doc.sentOf[outer.start] ?? 0] ?? doc.length;
    if (!endsPhrase(doc, outer, sentEnd) && !placeNouns.has(doc.lowerLemma(outer.end))) continue;
    // "in A, in B and in C", "in A, in B, in C": a list of locatives.
    let after = outer.end;
    if (placeNouns.has(doc.lowerLemma(after))) after++;
    if (doc.words[after] === ",") after++;
    if (CONJUNCTIONS.has(doc.lowerWord(after)) || doc.lowerWord(after) === "in") continue;
    out.push({ inner, outer, trigger: comma + 1, toCountry: outer.type === "COUNTRY" });
  }
  return out;
}
