// Breadth-first neighbourhood over relations, ignoring direction, with node and edge caps.
import type { EntityRecord, RelationRecord } from "../model.js";
import type { GraphIndex } from "./buildGraphIndex.js";

export interface Subgraph {
  nodes: EntityRecord[];
  edges: RelationRecord[];
  truncated: boolean;
}

export function neighborhood(
  index: GraphIndex,
  focus: EntityRecord,
  depth: number,
  limit: number,
  maxEdges: number,
  accept: ((relation: RelationRecord) => boolean) | null,
  tick: () => void,
): Subgraph {
  const included = new Set<string>([focus.id]);
  const nodes: EntityRecord[] = [focus];
  let truncated = false;
  let frontier: EntityRecord[] = [focus];
  for (let level = 0; level < depth && frontier.length > 0 && !truncated; level++) {
    tick();
    // Expand the strongest neighbours first, so a cut keeps the most important ones.
    const candidates = new Map<string, number>();
    for (const entity of frontier) {
      for (const relation of entity.relationRecords) {
        if (accept && !accept(relation)) continue;
        const other = relation.sourceId === entity.id ? relation.targetId : relation.sourceId;
        if (included.has(other)) continue;
        candidates.set(other, Math.max(candidates.get(other) ?? 0, relation.weight * relation.confidence));
      }
    }
    const next = [...candidates.keys()].map((id) => index.entityById.get(id)!);
    if (nodes.length + next.length > limit) {
      truncated = true;
      next.sort((a, b) => candidates.get(b.id)! - candidates.get(a.id)! || b.pagerank - a.pagerank);
      next.length = Math.max(0, limit - nodes.length);
    }
    for (const entity of next) {
      included.add(entity.id);
      nodes.push(entity);
    }
    frontier = next;
  }
  const edges: RelationRecord[] = [];
  const seen = new Set<RelationRecord>();
  for (const entity of nodes) {
    for (const relation of entity.relationRecords) {
      if (seen.has(relation)) continue;
      seen.add(relation);
      if (!included.has(relation.sourceId) || !included.has(relation.targetId)) continue;
      if (accept && !accept(relation)) continue;
      if (edges.length >= maxEdges) {
        truncated = true;
        break;
      }
      edges.push(relation);
    }
  }
  return { nodes, edges, truncated };
}
