// Event coding: CAMEO codes and ontology categories for predicates in a parsed Doc.
export { loadCameoLexicon, createCameoLexicon, readCameoCategories } from "./cameoLexicon.js";
export type { CameoLexicon, CameoMatch } from "./cameoLexicon.js";
export { compileCameoDictionary, serializeLexicon } from "./cameoDictionary.js";
export type { CompileOptions, CompiledLexicon } from "./cameoDictionary.js";
