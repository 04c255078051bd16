// Prints what the relation reader sees (dev aid): each sentence's parse with the entity span on each token, then
// the relations read from it with the mechanism that read them.
//   npx tsx packages/builder/scripts/showRelations.ts ARTICLE.md [--grep WORD]
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { extractDocument } from "../src/extract/index.js";
import { loadNerTagger } from "../src/ner/index.js";
import { loadDependencyParser } from "../src/nlp/loadDependencyParser.js";

const file = process.argv[2];
if (!file) {
  console.error("usage: showRelations.ts ARTICLE.md [--grep WORD]");
  process.exit(2);
}
const g = process.argv.indexOf("--grep");
const grep = g > 0 ? process.argv[g + 1]?.toLowerCase() : undefined;
const raw = readFileSync(file, "utf8");
const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(raw);
const text = m ? raw.slice(m[0].length) : raw;
const x = extractDocument(
  { docKey: `doc:${basename(file)}`, file: basename(file), title: basename(file), text },
  loadNerTagger(),
  loadDependencyParser(),
  {
    observeParse: (doc, spans, relations) => {
      const spanAt = new Map<number, string>();
      for (const s of spans)
        for (let i = s.start; i < s.end; i++)
          spanAt.set(i, `${s.type}#${s.entity}${s.reference ? "(ref)" : ""}${s.adjective ? "(adj)" : ""}`);
      for (let s = 0; s < doc.sentenceCount; s++) {
        const a = doc.sentStart[s] ?? 0;
        const b = doc.sentEnd[s] ?? 0;
        const words = doc.words.slice(a, b).join(" ");
        if (grep && !words.toLowerCase().includes(grep)) continue;
        console.log(`\n# ${words}`);
        for (let i = a; i < b; i++)
          console.log(
            `${i - a + 1}\t${doc.words[i]}\t${doc.lemma[i]}\t${doc.upos[i]}\t${(doc.head[i] ?? -1) < 0 ? 0 : (doc.head[i] ?? 0) - a + 1}\t${doc.deprel[i]}\t${spanAt.get(i) ?? ""}`,
          );
        for (const r of relations.filter((r) => doc.sentOf[r.trigger] === s))
          console.log(`  => #${r.source} -${r.category} "${r.label}" ${r.confidence}-> #${r.target}  [${r.via}]`);
      }
    },
  },
);
for (const e of x.entities) console.log(`${e.localId.replace("e", "#")}\t${e.type}\t${e.label}`);
