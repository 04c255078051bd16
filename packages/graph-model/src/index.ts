export type * from "./types.js";
export type * from "./curation.js";
export { ENTITY_TYPES, RELATION_CATEGORIES, SYMMETRIC_CATEGORIES } from "./types.js";
