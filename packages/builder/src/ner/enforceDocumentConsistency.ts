// Post-processing that makes a document's tags consistent: every mention of a name gets the name's majority type,
// untagged repeats of a tagged name are tagged, and the last token of a multi-token person name, used alone later
// ("Mendes" after "Ana Mendes"), is tagged as that person.
import { iobSpans } from "@newskg/graph-model";
import { loadGazetteer } from "./loadGazetteer.js";
import type { IobTag } from "./types.js";

interface Span {
  sentence: number;
  start: number;
  end: number; // exclusive
  type: string;
}

function isCapitalised(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function spansOf(tags: readonly (readonly IobTag[])[]): Span[] {
  return tags.flatMap((row, sentence) => iobSpans(row).map((span) => ({ sentence, ...span })));
}

export function enforceDocumentConsistency(
  sentences: readonly (readonly string[])[],
  input: readonly (readonly IobTag[])[],
): IobTag[][] {
  const tags = input.map((row) => [...row]);
  const spans = spansOf(tags);
  if (spans.length === 0) return tags;
  const key = (s: number, a: number, b: number): string =>
    sentences[s]!.slice(a, b)
      .map((w) => w.toLowerCase())
      .join("\u0001");
  // Type votes per surface form (lowercased, so ALL-CAPS headlines match body mentions).
  const votes = new Map<string, Map<string, number>>();
  for (const sp of spans) {
    const k = key(sp.sentence, sp.start, sp.end);
    const m = votes.get(k) ?? new Map<string, number>();
    m.set(sp.type, (m.get(sp.type) ?? 0) + 1);
    votes.set(k, m);
  }
  const majority = new Map<string, string>();
  for (const [k, m] of votes) {
    let best = "";
    let bestC = 0;
    for (const [t, c] of m) if (c > bestC) [best, bestC] = [t, c];
    majority.set(k, best);
  }
  // Short forms: last token of multi-token person names.
  const personShort = new Map<string, number>();
  for (const sp of spans) {
    if (sp.type !== "PER" || sp.end - sp.start < 2) continue;
    const last = sentences[sp.sentence]![sp.end - 1]!;
    if (last.length > 1 && isCapitalised(last))
      personShort.set(last.toLowerCase(), (personShort.get(last.toLowerCase()) ?? 0) + 1);
  }
  for (const [k, full] of personShort) {
    // A lone short form follows the person unless the document mostly tags it alone as something else
    // ("Chechnya" tagged LOC seven times is not turned into a person by one bad "X Chechnya" span).
    const v = votes.get(k);
    let other = 0;
    if (v) for (const [t, c] of v) if (t !== "PER") other = Math.max(other, c);
    if (full >= other) majority.set(k, "PER");
  }
  const write = (s: number, a: number, b: number, type: string): void => {
    for (let i = a; i < b; i++) tags[s]![i] = `${i === a ? "B" : "I"}-${type}`;
  };
  // 1. Relabel mentions whose type disagrees with a clear majority. Person/non-person conflicts are decided this way,
  // and a place reading written "the X" of a name the document mostly types as an organisation ("a seat in the X"
  // beside "X voted"), unless the name is a country, capital or region. A city that is both a place and a sports
  // team in the same report is legitimately tagged both ways, but a town named as a place takes no article.
  const afterThe = (sp: Span): boolean =>
    sp.start > 0 && sentences[sp.sentence]![sp.start - 1]!.toLowerCase() === "the";
  const places = loadGazetteer().places;
  const isGazetteerPlace = (k: string): boolean => {
    const toks = k.split("\u0001");
    return places.get(toks[0]!)?.some((c) => c.length === toks.length && c.every((w, i) => w === toks[i])) ?? false;
  };
  for (const sp of spans) {
    const k = key(sp.sentence, sp.start, sp.end);
    const t = majority.get(k);
    if (!t || t === sp.type) continue;
    const person = t === "PER" || sp.type === "PER";
    if (!person && !(t === "ORG" && sp.type === "LOC" && afterThe(sp) && !isGazetteerPlace(k))) continue;
    const v = votes.get(k)!;
    const own = v.get(sp.type) ?? 0;
    if ((v.get(t) ?? 0) >= 2 * own || (t === "PER" && personShort.has(k) && sp.end - sp.start === 1)) {
      write(sp.sentence, sp.start, sp.end, t);
    }
  }
  // 2. Tag untagged repeats (longest surface first), only on capitalised tokens outside other entities.
  const byFirst = new Map<string, string[][]>();
  for (const k of majority.keys()) {
    const toks = k.split("\u0001");
    const list = byFirst.get(toks[0]!) ?? [];
    list.push(toks);
    byFirst.set(toks[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  // Find the untagged repeats first: a name is only propagated when it was tagged at least as often as it was left
  // untagged, so one stray tag on a common capitalised word cannot spread through a long document.
  const matches: { s: number; i: number; end: number; key: string }[] = [];
  const untagged = new Map<string, number>();
  sentences.forEach((sent, s) => {
    for (let i = 0; i < sent.length; i++) {
      if (tags[s]![i] !== "O" || !isCapitalised(sent[i]!)) continue;
      const cands = byFirst.get(sent[i]!.toLowerCase());
      if (!cands) continue;
      for (const cand of cands) {
        const end = i + cand.length;
        if (end > sent.length) continue;
        let ok = true;
        for (let k = 0; k < cand.length && ok; k++) {
          if (sent[i + k]!.toLowerCase() !== cand[k] || tags[s]![i + k] !== "O") ok = false;
        }
        // Do not glue onto a following I- continuation of something else.
        if (ok && end < sent.length && tags[s]![end]!.startsWith("I-")) ok = false;
        if (!ok) continue;
        const key = cand.join("\u0001");
        matches.push({ s, i, end, key });
        untagged.set(key, (untagged.get(key) ?? 0) + 1);
        i = end - 1;
        break;
      }
    }
  });
  for (const m of matches) {
    let tagged = personShort.get(m.key) ?? 0;
    for (const c of votes.get(m.key)?.values() ?? []) tagged += c;
    if (tagged >= untagged.get(m.key)!) write(m.s, m.i, m.end, majority.get(m.key)!);
  }
  return tags;
}
