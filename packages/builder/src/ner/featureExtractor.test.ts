import { describe, expect, it } from "vitest";
import {
  FeatureExtractor,
  KeyBuffer,
  NB_LEFT,
  NB_LEFT2,
  NB_RIGHT,
  NB_RIGHT2,
  buildLexicon,
  innerShapeOf,
  lowerWordHash,
} from "./featureExtractor.js";

const lexicon = { lower: new Set<number>(), vocab: new Set<number>(), clusters: new Map<number, number>() };

function keysOf(version: number, sentence: string[]): string[][] {
  const out = new KeyBuffer();
  new FeatureExtractor(lexicon, undefined, version).extract([sentence], out);
  return sentence.map((_, t) => {
    const ks: string[] = [];
    for (let j = out.start[t]!; j < out.start[t + 1]!; j++) ks.push(`${out.a[j]}:${out.b[j]}`);
    return ks;
  });
}

describe("feature templates by version", () => {
  it("version 6 drops the four neighbour-cluster keys of version 5 and keeps every other key", () => {
    const s = ["Officials", "of", "the", "Velmor", "Trading", "met", "."];
    const v5 = keysOf(5, s);
    const v6 = keysOf(6, s);
    v5.forEach((ks, t) => {
      expect(ks.length).toBe(v6[t]!.length + 4);
      const all = new Set(ks);
      expect(v6[t]!.every((k) => all.has(k))).toBe(true);
    });
  });

  it("version 6 marks digits and symbols inside capitalised tokens and their neighbours", () => {
    expect(innerShapeOf("QX5")).toBe(1);
    expect(innerShapeOf("Front-2")).toBe(5);
    expect(innerShapeOf("A+")).toBe(2);
    expect(["Paris", "2005", "x5", "A.B.", "AT&T"].map(innerShapeOf)).toEqual([0, 0, 0, 0, 0]);
    const s = ["the", "Q5", "+", "1", "met"];
    const v5 = keysOf(5, s);
    const v6 = keysOf(6, s);
    // Q5 gets its own two keys, "the" and "+" the neighbour key; "1" and "met" have no inner-shape neighbour.
    expect(v6[0]!.length).toBe(v5[0]!.length - 4 + 1);
    expect(v6[1]!.length).toBe(v5[1]!.length - 4 + 2);
    expect(v6[2]!.length).toBe(v5[2]!.length - 4 + 1);
    expect(v6[3]!.length).toBe(v5[3]!.length - 4);
    expect(v6[4]!.length).toBe(v5[4]!.length - 4);
  });

  it("splits every token's keys into context keys and word keys, which together are all its keys", () => {
    // Headline, dateline, demonym, first name, hyphen, digits, a title word, particles, clusters: every flag kind.
    const doc = [
      ["REBELS", "SEIZE", "PORT"],
      ["KORVEL", "--", "Former", "President", "Anna", "Q5-led", "Velmor", "&", "Sons", "of", "Brask", ","],
      ["French", "troops", "said", '"', "Velmor", '"', "was", "ready", "in", "France", "."],
    ];
    const clusters = new Map([
      [lowerWordHash("troops"), 0b1011],
      [lowerWordHash("said"), 0b1101101],
    ]);
    const lex = { lower: new Set([lowerWordHash("said")]), vocab: new Set([lowerWordHash("troops")]), clusters };
    for (const version of [5, 6, 7]) {
      const ex = new FeatureExtractor(lex, undefined, version);
      const full = new KeyBuffer();
      const ctx = new KeyBuffer();
      const word = new KeyBuffer();
      ex.extract(doc, full);
      ex.extract(doc, ctx, undefined, true);
      doc.flat().forEach((w, t) => {
        const keys = (b: KeyBuffer, a: number, e: number): string[] => {
          const out: string[] = [];
          for (let j = a; j < e; j++) out.push(`${b.a[j]}:${b.b[j]}`);
          return out;
        };
        ex.wordKeys(w, word);
        const split = [...keys(ctx, ctx.start[t]!, ctx.start[t + 1]!), ...keys(word, 0, word.len)].sort();
        expect(split).toEqual(keys(full, full.start[t]!, full.start[t + 1]!).sort());
      });
    }
  });

  it("version 7 no longer fires the title-word flag on lowercase words nor the first-name flag on dashes", () => {
    // No word here is a title word or a first name: in 5 and 6 the lowercase words and the dash still fired those
    // two flags (and their neighbour copies), because two internal bits shared their positions.
    const s = ["Velmor", "-", "officials", "met", "Brask"];
    const v6 = keysOf(6, s);
    const v7 = keysOf(7, s);
    // Velmor: next-word title-word and first-name copies (the dash, then nothing); "-": its first-name flag, the
    // first-name-by-case template, and a neighbour title-word copy; "officials": title word, next-word title word,
    // previous-word first name; "met": title word, previous-word title word; Brask: previous-word title word.
    expect(v6.map((ks, t) => ks.length - v7[t]!.length)).toEqual([1, 3, 3, 2, 1]);
    v7.forEach((ks, t) => {
      const old = new Set(v6[t]!);
      expect(ks.every((k) => old.has(k))).toBe(true);
    });
  });

  it("versions 5 and 6 emit exactly the keys they emitted before version 7 (the shipped models tag as before)", () => {
    // A made-up document with every flag kind the move touches (lowercase words, dashes, title words, first names,
    // a dateline); the hashes were recorded with the code before version 7.
    const doc = [
      ["KORVELSK", "--", "Former", "President", "Anna", "Velmorova", "said", "on", "Monday", "that", "the", "Brask"],
      ["Trading", "Company", "would", "close", "."],
      ["Officials", "of", "the", "Tarvosk", "Police", "-", "which", "met", "Daniel", "Okorie", "-", "said", "Velmor"],
      ["2", "Brask", "1", "."],
      ["Mr.", "Okorie", ",", "a", "spokesman", "for", "the", "Velmor", "Party", ",", "visited", "Tarvosk", "and"],
      ["Korvelsk", "in", "March", "."],
    ];
    const joined = [doc[0]!.concat(doc[1]!), doc[2]!.concat(doc[3]!), doc[4]!.concat(doc[5]!)];
    const lex = {
      lower: new Set([lowerWordHash("said")]),
      vocab: new Set([lowerWordHash("the")]),
      clusters: new Map([[lowerWordHash("said"), 0b1101101]]),
    };
    const digest = (version: number): string => {
      const out = new KeyBuffer();
      new FeatureExtractor(lex, undefined, version).extract(joined, out);
      let h = 0x811c9dc5;
      for (let j = 0; j < out.len; j++) {
        h = Math.imul(h ^ out.a[j]!, 0x01000193) >>> 0;
        h = Math.imul(h ^ out.b[j]!, 0x01000193) >>> 0;
      }
      return `${out.len}:${h.toString(16)}`;
    };
    expect(digest(5)).toBe("2122:466b8338");
    expect(digest(6)).toBe("1918:5ae8db00");
    expect(digest(7)).not.toBe(digest(6));
  });

  it("splits the context keys into keys of one neighbour word each and the rest, which together are all of them", () => {
    const doc = [
      ["REBELS", "SEIZE", "PORT"],
      ["KORVEL", "--", "Former", "President", "Anna", "Q5-led", "Velmor", "&", "Sons", "of", "Brask", ","],
      ["French", "troops", "said", '"', "Velmor", '"', "was", "ready", "in", "France", "."],
      ["Hi"],
    ];
    const clusters = new Map([
      [lowerWordHash("troops"), 0b1011],
      [lowerWordHash("said"), 0b1101101],
    ]);
    const lex = { lower: new Set([lowerWordHash("said")]), vocab: new Set([lowerWordHash("troops")]), clusters };
    const keys = (b: KeyBuffer, a: number, e: number): string[] => {
      const out: string[] = [];
      for (let j = a; j < e; j++) out.push(`${b.a[j]}:${b.b[j]}`);
      return out;
    };
    for (const version of [5, 6, 7, 8]) {
      const ex = new FeatureExtractor(lex, undefined, version);
      const ctx = new KeyBuffer();
      const rest = new KeyBuffer();
      const nb = new KeyBuffer();
      ex.extract(doc, ctx, undefined, true);
      ex.extract(doc, rest, undefined, true, true);
      let t = 0;
      for (const s of doc) {
        s.forEach((_, i) => {
          const split = keys(rest, rest.start[t]!, rest.start[t + 1]!);
          for (const [role, at] of [
            [NB_LEFT, i - 1],
            [NB_RIGHT, i + 1],
            [NB_LEFT2, i - 2],
            [NB_RIGHT2, i + 2],
          ] as const) {
            ex.neighbourKeys(s[at], role, nb);
            split.push(...keys(nb, 0, nb.len));
          }
          expect(split.sort()).toEqual(keys(ctx, ctx.start[t]!, ctx.start[t + 1]!).sort());
          t++;
        });
      }
    }
  });

  it("version 8 is version 5 plus organisation cues on capitalised names only", () => {
    // Made-up names: a name ending in a head word with "&" and an acronym after it, a "Ministry of" name, a word
    // after a lowercase head noun, one before a lowercase head word, one with an apposition ending in a head noun.
    const s = ["The", "Barlow", "&", "Finch", "Holdings", "(", "BFH", ")", "and", "the", "Ministry", "of", "Mines"];
    const t = ["at", "radio", "station", "ZQX", ",", "the", "Tarn", "party", "and", "Kavo", ",", "a", "small"];
    const u = ["startup", ",", "met", "Anna", "Velmor", "."];
    const sentence = [...s, ...t, ...u];
    const v5 = keysOf(5, sentence);
    const v8 = keysOf(8, sentence);
    const extra = v8.map((ks, i) => {
      const old = new Set(v5[i]);
      expect(ks.filter((k) => old.has(k)).length).toBe(v5[i]!.length);
      return ks.length - v5[i]!.length;
    });
    const at = (w: string): number => extra[sentence.indexOf(w)]!;
    // Head word (generic and by kind), "&" and the acronym: four cues for each word of the run.
    for (const w of ["Barlow", "&", "Finch", "Holdings"]) expect(at(w)).toBe(4);
    for (const w of ["Ministry", "of", "Mines"]) expect(at(w)).toBe(1);
    for (const w of ["ZQX", "Tarn", "Kavo"]) expect(at(w)).toBe(1);
    // A person's name without any cue, and every lowercase word or punctuation mark, gets none.
    for (const w of ["Anna", "Velmor", "radio", "party", "startup", ",", "(", ")"]) expect(at(w)).toBe(0);
  });

  it("version 10 keeps of the organisation cues only the head word ending a name", () => {
    const sentence = ["The", "Barlow", "&", "Finch", "Holdings", "(", "BFH", ")", "and", "the", "Ministry", "of"];
    sentence.push("Mines", "at", "radio", "station", "ZQX", ",", "the", "Tarn", "party", ".");
    const v5 = keysOf(5, sentence);
    const extra = keysOf(10, sentence).map((ks, i) => {
      const old = new Set(v5[i]);
      expect(ks.filter((k) => old.has(k)).length).toBe(v5[i]!.length);
      return ks.length - v5[i]!.length;
    });
    const at = (w: string): number => extra[sentence.indexOf(w)]!;
    // The head word, generic and by kind; no "&", acronym, "X of", or lowercase head-word cue.
    for (const w of ["Barlow", "&", "Finch", "Holdings"]) expect(at(w)).toBe(2);
    for (const w of ["Ministry", "of", "Mines", "ZQX", "Tarn", "party"]) expect(at(w)).toBe(0);
  });

  it("version 9 gives no organisation cues to a sentence-initial common word before a particle", () => {
    // Made-up names. "Shares" and "National" are common lowercase words of the lexicon; "Bank" is a head word.
    const lex = buildLexicon([["shares", "bank", "national", "shares", "bank", "national"]]);
    const keys = (version: number, sentence: string[]): string[][] => {
      const out = new KeyBuffer();
      new FeatureExtractor(lex, undefined, version).extract([sentence], out);
      return sentence.map((_, t) => {
        const ks: string[] = [];
        for (let j = out.start[t]!; j < out.start[t + 1]!; j++) ks.push(`${out.a[j]}:${out.b[j]}`);
        return ks;
      });
    };
    const extra = (sentence: string[]): Record<string, [number, number]> => {
      const [v5, v8, v9] = [5, 8, 9].map((v) => keys(v, sentence));
      return Object.fromEntries(
        sentence.map((w, i) => [w, [v8![i]!.length - v5![i]!.length, v9![i]!.length - v5![i]!.length]]),
      );
    };
    // The opener loses its cues; the name after the particle keeps both (head word, generic and by kind).
    const shares = extra(["Shares", "of", "Korlin", "Holdings", "rose", "."]);
    expect(shares["Shares"]).toEqual([2, 0]);
    expect(shares["Korlin"]).toEqual([2, 2]);
    expect(shares["Holdings"]).toEqual([2, 2]);
    // A head word opening the name keeps its "X of" cue, and an opener with no particle after it keeps its cues.
    const bank = extra(["Bank", "of", "Tarsh", "said", "."]);
    expect(bank["Bank"]).toEqual([1, 1]);
    const national = extra(["National", "Korlin", "Bank", "said", "."]);
    expect(national["National"]).toEqual([2, 2]);
  });

  it("refuses an unknown version", () => {
    expect(() => new FeatureExtractor(lexicon, undefined, 11)).toThrow(/feature version 11/);
  });
});
