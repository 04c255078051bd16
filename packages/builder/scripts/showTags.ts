import { loadNerTagger } from "../src/ner/index.js";
import { splitSentences } from "../src/text/index.js";
// Prints the NER tags of a text (dev aid).
const t = loadNerTagger();
const text = process.argv[2]!;
const ss = splitSentences(text).map((s) => s.tokens.map((x) => x.text));
const tags = t.tagDocument(ss);
ss.forEach((s, i) => console.log(s.map((w, k) => (tags[i]![k] === "O" ? w : `${w}/${tags[i]![k]}`)).join(" ")));
