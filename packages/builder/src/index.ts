// Public surface of @newskg/builder. Filled in as the pipeline lands.
export type * from "./extract/types.js";
export type * from "./ner/types.js";
export type * from "./pipeline/types.js";
export { writeFileAtomic } from "./io/writeFileAtomic.js";
