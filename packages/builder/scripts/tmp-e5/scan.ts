// temporary dev aid (not committed): stance sentences with the events read
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { extractDocument } from "../../src/extract/index.js";
import { loadNerTagger } from "../../src/ner/index.js";
import { loadDependencyParser } from "../../src/nlp/loadDependencyParser.js";
const files = process.argv.slice(2);
const ner = loadNerTagger();
const parser = loadDependencyParser();
const re = new RegExp(process.env.RE ?? "critic|condemn|accus|oppos|support|back|praise|urg|reject|den(y|ied)|blam|warn|threat|sue|lawsuit|slam|blast|welcom|endors|defend|protest", "i");
for (const file of files) {
  const raw = readFileSync(file, "utf8");
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(raw);
  const text = m ? raw.slice(m[0].length) : raw;
  extractDocument({ docKey: `doc:${basename(file)}`, file: basename(file), title: basename(file), text }, ner, parser, {
    observeParse: (doc, spans, relations) => {
      for (let s = 0; s < doc.sentenceCount; s++) {
        const a = doc.sentStart[s] ?? 0;
        const b = doc.sentEnd[s] ?? 0;
        const words = doc.words.slice(a, b).join(" ");
        if (!re.test(words)) continue;
        const ents = new Set(spans.filter((x) => x.start >= a && x.end <= b && ["PERSON", "ORGANIZATION", "COUNTRY"].includes(x.type)).map((x) => x.entity));
        if (ents.size < 2) continue;
        const rs = relations.filter((r) => doc.sentOf[r.trigger] === s && ["OPPOSITION", "SUPPORT"].includes(r.category));
        const name = (id: number) => { const sp = spans.find((x) => x.entity === id); return sp ? doc.words.slice(sp.start, sp.end).join(" ") : `#${id}`; };
        console.log(`${rs.length ? "HIT " : "MISS"} ${basename(file)}: ${words}`);
        for (const r of rs) console.log(`     ${name(r.source)} -${r.category} "${r.label}"-> ${name(r.target)} [${r.via}]`);
      }
    },
  });
}
