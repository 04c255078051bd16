// A relation between two entities of one article, as the extraction stages produce it (before grouping into
// ExtractedRelation with evidence).
import type { RelationCategory } from "@newskg/graph-model";

export interface RelationFact {
  source: number;
  target: number;
  category: RelationCategory;
  label: string;
  confidence: number;
  cameo?: string;
  sent: number;
  trigger?: { start: number; end: number };
  /** Mentions the relation was read from (sentence token ranges), for attaching quantities. */
  argTokens?: [number, number][];
  /** How the relation was read (pattern or mechanism), for calibrating confidence; not in the output. */
  via?: string;
}
