export type { Sentence, Token } from "./types.js";
export { tokenize } from "./tokenize.js";
export { splitSentences } from "./splitSentences.js";
