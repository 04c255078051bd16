// How a path hop reads from the entity the path reached it from: "A → met → B" when the relation points along the
// path, "B ← arrested ← A" when it points back (A arrested B, and the path went from B to A). A path is found on
// the undirected graph, so without this the reader cannot tell who did what to whom.

import { SYMMETRIC_CATEGORIES } from "@newskg/graph-model";
import type { EdgeCategory } from "@newskg/graph-model";

export type HopDirection = "forward" | "backward" | "undirected";

export interface Hop {
  direction: HopDirection;
  /** The entity the path comes from, the relation's wording and the entity it reaches, in reading order. */
  from: string;
  label: string;
  to: string;
  /** The hop as a sentence with its subject first ("A arrested B"), for screen readers and titles. */
  sentence: string;
}

const ARROW: Record<HopDirection, string> = { forward: "→", backward: "←", undirected: "—" };

/**
 * The hop from `from` to `to` over a relation whose subject is `source`. A symmetric category (co-occurrence,
 * alliance, association) has no subject: it reads the same both ways.
 */
export function hopDirection(
  relation: { source: string; category: string; label: string },
  from: { id: string; label: string },
  to: { id: string; label: string },
): Hop {
  const direction: HopDirection = SYMMETRIC_CATEGORIES.has(relation.category as EdgeCategory)
    ? "undirected"
    : relation.source === from.id
      ? "forward"
      : "backward";
  const [subject, object] = direction === "backward" ? [to.label, from.label] : [from.label, to.label];
  return {
    direction,
    from: from.label,
    label: relation.label,
    to: to.label,
    sentence: `${subject} ${relation.label} ${object}`,
  };
}

/** "A → met → B", "B ← arrested ← A", "A — co-occurs with — B". */
export function hopText(hop: Hop): string {
  const arrow = ARROW[hop.direction];
  return `${hop.from} ${arrow} ${hop.label} ${arrow} ${hop.to}`;
}
