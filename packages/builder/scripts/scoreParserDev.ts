// Scores the shipped tagger, lemmatizer and parser on UD English EWT dev with gold tokenization (dev measures only;
// it is never trained on). Prints UPOS, lemma, UAS and LAS as one JSON line. Usage:
//   npx tsx packages/builder/scripts/scoreParserDev.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readConllu } from "../src/nlp/conllu.js";
import { evaluateParser } from "../src/nlp/evaluateParser.js";
import { loadDependencyParser } from "../src/nlp/loadDependencyParser.js";
import { defaultUdDir } from "../src/nlp/parserPaths.js";

const file = "en_ewt-ud-dev.conllu";
const gold = readConllu(readFileSync(join(defaultUdDir, file), "utf8"), file).sentences;
const { words, upos, lemma, uas, las } = evaluateParser(loadDependencyParser(), gold);
console.log(JSON.stringify({ words, upos, lemma, uas, las }));
