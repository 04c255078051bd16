// Breadth-first neighbourhood over relations, ignoring direction, with node and edge caps. Each entity's
// relations are sorted strongest first (weight x confidence, see buildGraphIndex), so a level only has to look at
// the first few relations of each frontier entity to find the strongest new neighbours, even around hubs.
import type { EntityRecord, RelationRecord } from "../model.js";
import type { GraphIndex } from "./buildGraphIndex.js";

export interface Subgraph {
  nodes: EntityRecord[];
  edges: RelationRecord[];
  truncated: boolean;
}

const strength = (r: RelationRecord) => r.weight * r.confidence;

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
  let level = 0;
  for (; level < depth && frontier.length > 0 && nodes.length < limit; level++) {
    tick();
    const room = limit - nodes.length;
    // Best score per new neighbour; each frontier entity offers at most `room` of its strongest new neighbours,
    // which is enough to find the overall strongest `room`.
    const candidates = new Map<string, number>();
    for (const entity of frontier) {
      let offered = 0;
      for (const relation of entity.relationRecords) {
        if (accept && !accept(relation)) continue;
        const other = relation.sourceId === entity.id ? relation.targetId : relation.sourceId;
        if (included.has(other)) continue;
        if (offered >= room) {
          truncated = true;
          break;
        }
        const score = strength(relation);
        const best = candidates.get(other);
        if (best === undefined) {
          candidates.set(other, score);
          offered++;
        } else if (score > best) candidates.set(other, score);
      }
    }
    let next = [...candidates.keys()].map((id) => index.entityById.get(id)!);
    if (next.length > room) {
      truncated = true;
      next.sort((a, b) => candidates.get(b.id)! - candidates.get(a.id)! || b.pagerank - a.pagerank);
      next = next.slice(0, room);
    }
    for (const entity of next) {
      included.add(entity.id);
      nodes.push(entity);
    }
    frontier = next;
  }
  // Stopped by the limit with levels to go: truncated if the frontier reaches anything not included.
  if (level < depth && !truncated)
    truncated = frontier.some((entity) =>
      entity.relationRecords.some(
        (r) => (!accept || accept(r)) && !included.has(r.sourceId === entity.id ? r.targetId : r.sourceId),
      ),
    );

  // Relations among the chosen entities, each found once from its source entity. A hub looks its few chosen
  // neighbours up instead of scanning all its relations.
  const edges: RelationRecord[] = [];
  const take = (entity: EntityRecord, relation: RelationRecord) => {
    if (relation.sourceId !== entity.id || !included.has(relation.targetId)) return true;
    if (accept && !accept(relation)) return true;
    if (edges.length >= maxEdges) {
      truncated = true;
      return false;
    }
    edges.push(relation);
    return true;
  };
  outer: for (const entity of nodes) {
    if (entity.byNeighbour && entity.relationRecords.length > nodes.length) {
      for (const other of nodes)
        for (const r of entity.byNeighbour.get(other.id) ?? []) if (!take(entity, r)) break outer;
    } else {
      for (const r of entity.relationRecords) if (!take(entity, r)) break outer;
    }
  }
  return { nodes, edges, truncated };
}
