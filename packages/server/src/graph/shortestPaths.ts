// Fewest-hop paths between two entities over relations, ignoring direction: BFS recording every shortest-path
// predecessor, then enumerating up to maxPaths paths. Between two consecutive entities the most confident allowed
// relation stands for the hop.
import type { EntityRecord, RelationRecord } from "../model.js";
import type { GraphIndex } from "./buildGraphIndex.js";

export interface PathResult {
  nodes: EntityRecord[];
  edges: RelationRecord[];
  length: number;
}

export function shortestPaths(
  index: GraphIndex,
  from: EntityRecord,
  to: EntityRecord,
  accept: ((relation: RelationRecord) => boolean) | null,
  maxPaths: number,
  tick: () => void,
): PathResult[] {
  if (from === to) return [{ nodes: [from], edges: [], length: 0 }];
  const distance = new Map<string, number>([[from.id, 0]]);
  const predecessors = new Map<string, Map<string, RelationRecord>>();
  let frontier = [from];
  let found = false;
  for (let level = 1; frontier.length > 0 && !found; level++) {
    tick();
    const next: EntityRecord[] = [];
    for (const entity of frontier) {
      for (const relation of entity.relationRecords) {
        if (accept && !accept(relation)) continue;
        const otherId = relation.sourceId === entity.id ? relation.targetId : relation.sourceId;
        const seen = distance.get(otherId);
        if (seen !== undefined && seen < level) continue;
        if (seen === undefined) {
          distance.set(otherId, level);
          next.push(index.entityById.get(otherId)!);
          if (otherId === to.id) found = true;
        }
        let preds = predecessors.get(otherId);
        if (!preds) predecessors.set(otherId, (preds = new Map()));
        const current = preds.get(entity.id);
        if (!current || relation.confidence > current.confidence) preds.set(entity.id, relation);
      }
    }
    frontier = next;
  }
  if (!found) return [];

  const paths: PathResult[] = [];
  // Walk back from the target depth-first; each complete walk is one shortest path.
  const walk = (id: string, nodes: EntityRecord[], edges: RelationRecord[]) => {
    if (paths.length >= maxPaths) return;
    if (id === from.id) {
      const ordered = [...nodes].reverse();
      paths.push({ nodes: ordered, edges: [...edges].reverse(), length: edges.length });
      return;
    }
    const preds = [...(predecessors.get(id) ?? new Map<string, RelationRecord>()).entries()].sort(
      (a, b) => index.entityById.get(b[0])!.pagerank - index.entityById.get(a[0])!.pagerank,
    );
    for (const [predId, relation] of preds) {
      nodes.push(index.entityById.get(predId)!);
      edges.push(relation);
      walk(predId, nodes, edges);
      nodes.pop();
      edges.pop();
      if (paths.length >= maxPaths) return;
    }
  };
  walk(to.id, [to], []);
  return paths;
}
