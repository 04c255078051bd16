// Deterministic augmentation of news training documents for the open profile, whose corpora (VOA sentences, tweets)
// have no datelines and no ALL-CAPS headlines: some documents get a dateline built from a capital and its country
// in the `world-countries` gazetteer ("CAPITAL --", "CAPITAL , COUNTRY --", "CAPITAL 2005-03-14"), others an
// ALL-CAPS copy of their first sentence as a headline. No person or organisation names are added.
import { createRequire } from "node:module";
import type { LabeledDocument } from "./readTrainingData.js";

interface CountryRecord {
  name: { common: string };
  capital?: string[];
}

function tokens(name: string): string[] {
  return name
    .replace(/([(),.])/g, " $1 ")
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

let capitals: [string[], string[]][] | undefined;

/** (capital tokens, country tokens) pairs, in the package's order. */
function capitalsOf(): [string[], string[]][] {
  if (capitals) return capitals;
  const require = createRequire(import.meta.url);
  const countries = require("world-countries/countries.json") as CountryRecord[];
  capitals = countries.flatMap((c) => {
    const cap = c.capital?.[0];
    return cap && /^\p{Lu}/u.test(cap) ? [[tokens(cap), tokens(c.name.common)] as [string[], string[]]] : [];
  });
  return capitals;
}

function locTags(n: number): string[] {
  return Array.from({ length: n }, (_, i) => (i === 0 ? "B-LOC" : "I-LOC"));
}

/**
 * Returns the documents with every `datelineEvery`-th one (offset 1) given a dateline and every `headlineEvery`-th
 * one (offset 0) an ALL-CAPS headline. The choice of capital and dateline form follows the document index.
 */
export function augmentNews(docs: readonly LabeledDocument[], datelineEvery = 4, headlineEvery = 3): LabeledDocument[] {
  const caps = capitalsOf();
  return docs.map((d, i) => {
    let sentences = d.sentences;
    let tags = d.tags;
    const first = sentences[0];
    const firstTags = tags[0];
    if (!first || !firstTags) return d;
    if (i % datelineEvery === 1 && caps.length > 0) {
      const [cap, country] = caps[(i * 7919) % caps.length]!;
      const up = (t: string[]): string[] => t.map((w) => w.toUpperCase());
      const form = (i >> 2) % 4;
      let words: string[];
      let wordTags: string[];
      if (form === 0)
        [words, wordTags] = [
          [...up(cap), "--"],
          [...locTags(cap.length), "O"],
        ];
      else if (form === 1) {
        words = [...up(cap), ",", ...country, "--"];
        wordTags = [...locTags(cap.length), "O", ...locTags(country.length), "O"];
      } else if (form === 2)
        [words, wordTags] = [
          [...up(cap), "-"],
          [...locTags(cap.length), "O"],
        ];
      else
        [words, wordTags] = [
          [...up(cap), `20${String(i % 20).padStart(2, "0")}-03-14`],
          [...locTags(cap.length), "O"],
        ];
      if (form === 3) {
        // CoNLL-style: the dateline is its own line.
        sentences = [words, ...sentences];
        tags = [wordTags, ...tags];
      } else {
        sentences = [[...words, ...first], ...sentences.slice(1)];
        tags = [[...wordTags, ...firstTags], ...tags.slice(1)];
      }
    }
    if (i % headlineEvery === 0 && first.length >= 3) {
      sentences = [first.map((w) => w.toUpperCase()), ...sentences];
      tags = [[...firstTags], ...tags];
    }
    return sentences === d.sentences ? d : { ...d, sentences, tags };
  });
}
