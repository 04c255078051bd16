// Inputs and outputs of the parse-based relation reader: a parsed Doc, the entity spans laid over its tokens, and
// relation facts with the token that states them.
import type { EntityType, RelationCategory } from "@newskg/graph-model";
import type { Doc } from "../nlp/doc.js";

/** A mention of an entity over Doc tokens [start, end). */
export interface EntitySpan {
  start: number;
  end: number;
  entity: number;
  type: EntityType;
  /** A demonym or nationality adjective ("Ruritanian") standing for its country. */
  adjective?: boolean;
  /** A group of people of a country ("Ruritanians"). */
  group?: boolean;
  /** The name inside a hyphenated modifier ("X-based", "X-born"): the suffix (data/hyphen-modifiers.json). */
  modifier?: string;
  /** A pronoun or description ("she", "the group") resolved to the entity; lowers confidence. */
  reference?: boolean;
  /** A reference resolved to an antecedent in an earlier sentence (inferred across the boundary). */
  acrossSentences?: boolean;
  /**
   * The other entities a reference stands for besides `entity` ("they" after "X and Y said"): relations read on the
   * span hold for each.
   */
  also?: number[];
  /** A description ("the company", "the 45-year-old") matched by its head noun to an entity named before: inferred. */
  inferred?: boolean;
  /** Inside a longer name (the country in "Ruritanian Interior Ministry"). */
  nested?: boolean;
}

export interface ParsedArticle {
  doc: Doc;
  /** Outer (not nested) spans, sorted by start, not overlapping. */
  spans: EntitySpan[];
  /** Nested spans (inside another span). */
  nested: EntitySpan[];
  /** Entity type by entity index. */
  typeOf: (entity: number) => EntityType;
  /** Entities that hold a title of their own ("President X"): used for agreement of "the president". */
  headNounOf?: (entity: number) => string | undefined;
}

export interface ReadRelation {
  source: number;
  target: number;
  category: RelationCategory;
  label: string;
  confidence: number;
  cameo?: string;
  sent: number;
  /** Token stating the relation (verb, noun, title, preposition). */
  trigger: number;
  /** Token ranges of the arguments, for quantities. */
  argTokens: [number, number][];
  /** How it was read (pattern id or argument mechanism), for calibration. */
  via: string;
}
