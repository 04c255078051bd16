// Prints each resolved reference of an article (dev aid): the pronoun or description, the sentence it is in, and
// the entity it was resolved to, so a resolution can be checked by reading.
//   npx tsx packages/builder/scripts/showReferences.ts ARTICLE.md... [--unresolved]
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { extractDocument } from "../src/extract/index.js";
import { loadNerTagger } from "../src/ner/index.js";
import { loadDependencyParser } from "../src/nlp/loadDependencyParser.js";

const files = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!files.length) {
  console.error("usage: showReferences.ts ARTICLE.md... [--unresolved]");
  process.exit(2);
}
const unresolved = process.argv.includes("--unresolved");
const PRONOUN = /^(he|him|his|she|her|hers|it|its|they|them|their)$/i;
const tagger = loadNerTagger();
const parser = loadDependencyParser();
for (const file of files) {
  const raw = readFileSync(file, "utf8");
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(raw);
  const text = m ? raw.slice(m[0].length) : raw;
  let labels: string[] = [];
  const lines: string[] = [];
  const x = extractDocument(
    { docKey: `doc:${basename(file)}`, file: basename(file), title: basename(file), text },
    tagger,
    parser,
    {
      observeParse: (doc, spans) => {
        const refAt = new Map<number, (typeof spans)[number]>();
        for (const s of spans) if (s.reference) refAt.set(s.start, s);
        for (let t = 0; t < doc.length; t++) {
          const s = refAt.get(t);
          const word = doc.words[t] ?? "";
          if (!s && !(unresolved && PRONOUN.test(word))) continue;
          const sent = doc.sentOf[t] ?? 0;
          const words = doc.words.slice(doc.sentStart[sent] ?? 0, doc.sentEnd[sent] ?? 0).join(" ");
          lines.push(
            `${basename(file)}#${sent}\t${doc.words.slice(t, s ? s.end : t + 1).join(" ")}\t-> ${s ? `${[s.entity, ...(s.also ?? [])].map((e) => `@${e}`).join(" + ")}${s.inferred ? " (inferred)" : ""}${s.acrossSentences ? " (across)" : ""}` : "?"}\t| ${words.slice(0, 160)}`,
          );
        }
      },
    },
  );
  labels = x.entities.map((e) => e.label);
  for (const l of lines) console.log(l.replace(/@(\d+)/g, (_, k: string) => labels[Number(k)] ?? `#${k}`));
}
