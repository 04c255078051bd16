// Fewest-hop paths between two entities over relations, ignoring direction. Bidirectional BFS (always growing the
// smaller side, finishing the level in which the sides meet) finds the length while touching few relations even
// between hubs; paths are then walked out from the meeting entities along the two distance maps. Between two
// consecutive entities the most confident allowed relation stands for the hop.
import type { EntityRecord, RelationRecord } from "../model.js";
import type { GraphIndex } from "./buildGraphIndex.js";

export interface PathResult {
  nodes: EntityRecord[];
  edges: RelationRecord[];
  length: number;
}

type Accept = ((relation: RelationRecord) => boolean) | null;

const otherEnd = (relation: RelationRecord, id: string) =>
  relation.sourceId === id ? relation.targetId : relation.sourceId;

/** Neighbours of `entity` one step closer in `dist`, each with its most confident allowed relation. */
function stepsCloser(
  index: GraphIndex,
  entity: EntityRecord,
  dist: Map<string, number>,
  accept: Accept,
): [EntityRecord, RelationRecord][] {
  const want = dist.get(entity.id)! - 1;
  const best = new Map<string, RelationRecord>();
  for (const relation of entity.relationRecords) {
    if (accept && !accept(relation)) continue;
    const other = otherEnd(relation, entity.id);
    if (dist.get(other) !== want) continue;
    const current = best.get(other);
    if (!current || relation.confidence > current.confidence) best.set(other, relation);
  }
  return [...best.entries()]
    .map(([id, relation]) => [index.entityById.get(id)!, relation] as [EntityRecord, RelationRecord])
    .sort((a, b) => b[0].pagerank - a[0].pagerank);
}

/** Up to `max` walks from `start` down `dist` to distance 0, as [entities, relations] from start onwards. */
function walks(
  index: GraphIndex,
  start: EntityRecord,
  dist: Map<string, number>,
  accept: Accept,
  max: number,
): [EntityRecord[], RelationRecord[]][] {
  const out: [EntityRecord[], RelationRecord[]][] = [];
  const go = (entity: EntityRecord, nodes: EntityRecord[], edges: RelationRecord[]) => {
    if (out.length >= max) return;
    if (dist.get(entity.id) === 0) {
      out.push([[...nodes], [...edges]]);
      return;
    }
    for (const [next, relation] of stepsCloser(index, entity, dist, accept)) {
      nodes.push(next);
      edges.push(relation);
      go(next, nodes, edges);
      nodes.pop();
      edges.pop();
      if (out.length >= max) return;
    }
  };
  go(start, [start], []);
  return out;
}

export function shortestPaths(
  index: GraphIndex,
  from: EntityRecord,
  to: EntityRecord,
  accept: Accept,
  maxPaths: number,
  tick: () => void,
): PathResult[] {
  if (from === to) return [{ nodes: [from], edges: [], length: 0 }];
  const distFrom = new Map<string, number>([[from.id, 0]]);
  const distTo = new Map<string, number>([[to.id, 0]]);
  let frontierFrom = [from];
  let frontierTo = [to];
  let meetings: EntityRecord[] = [];
  let length = Infinity;
  while (frontierFrom.length > 0 && frontierTo.length > 0 && meetings.length === 0) {
    tick();
    const forward = frontierFrom.length <= frontierTo.length;
    const [frontier, own, other] = forward ? [frontierFrom, distFrom, distTo] : [frontierTo, distTo, distFrom];
    const next: EntityRecord[] = [];
    for (const entity of frontier) {
      const d = own.get(entity.id)! + 1;
      for (const relation of entity.relationRecords) {
        if (accept && !accept(relation)) continue;
        const id = otherEnd(relation, entity.id);
        if (own.has(id)) continue;
        own.set(id, d);
        const neighbour = index.entityById.get(id)!;
        next.push(neighbour);
        const rest = other.get(id);
        if (rest !== undefined) {
          // Finish the level: meetings with a smaller total replace longer ones.
          if (d + rest < length) {
            length = d + rest;
            meetings = [neighbour];
          } else if (d + rest === length) meetings.push(neighbour);
        }
      }
    }
    if (forward) frontierFrom = next;
    else frontierTo = next;
  }
  if (meetings.length === 0) return [];

  const paths: PathResult[] = [];
  meetings.sort((a, b) => b.pagerank - a.pagerank);
  for (const meeting of meetings) {
    for (const [backNodes, backEdges] of walks(index, meeting, distFrom, accept, maxPaths - paths.length)) {
      for (const [fwdNodes, fwdEdges] of walks(index, meeting, distTo, accept, maxPaths - paths.length)) {
        paths.push({
          nodes: [...backNodes].reverse().concat(fwdNodes.slice(1)),
          edges: [...backEdges].reverse().concat(fwdEdges),
          length,
        });
        if (paths.length >= maxPaths) return paths;
      }
    }
  }
  return paths;
}
