// A Doc carrying the annotation of a CoNLL-U text (gold columns), for tests and for scoring later stages on gold
// parses: one sentence per block, tokens joined by single spaces so offsets are real.
import { Doc, type Upos } from "./doc.js";
import { readConllu } from "./conllu.js";

export function docFromConllu(conllu: string): Doc {
  const { sentences, errors } = readConllu(conllu.endsWith("\n\n") ? conllu : conllu.replace(/\n*$/, "\n\n"));
  const first = errors[0];
  if (first) throw new Error(`${first.file}:${first.line}: ${first.reason}`);
  const words: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const sentStarts: number[] = [];
  let text = "";
  for (const s of sentences) {
    sentStarts.push(words.length);
    for (const w of s.words) {
      if (text) text += " ";
      start.push(text.length);
      text += w;
      end.push(text.length);
      words.push(w);
    }
  }
  const doc = new Doc({ text, words, start, end, sentStarts });
  let base = 0;
  for (const s of sentences) {
    s.words.forEach((_, i) => {
      doc.lemma[base + i] = s.lemma[i] ?? "";
      doc.upos[base + i] = (s.upos[i] ?? "X") as Upos;
      doc.deprel[base + i] = s.deprel[i] ?? "";
      const h = s.head?.[i] ?? -1;
      doc.head[base + i] = h >= 0 ? base + h : -1;
    });
    base += s.words.length;
  }
  return doc;
}
