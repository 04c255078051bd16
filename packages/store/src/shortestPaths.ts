// Fewest-hop paths between two entities over relations, ignoring direction. Bidirectional BFS (always growing the
// side whose frontier has fewer relations to read, finishing the level in which the sides meet), one batched store
// query per level; paths are then walked out from the meeting entities along the two distance maps. Between two
// consecutive entities the most confident allowed relation stands for the hop, so a typed relation wins over a
// co-occurrence.
import type { GraphReader, StorePath, StoreRelation, StoreRelationFilter } from "@newskg/graph-model";
import type { StoreReader } from "./storeReader.js";

/** Entities reached per side before the search gives up (a path through that many is not worth showing). */
const MAX_REACHED = 200_000;
/** Two frontiers up to this size are compared by their entities' degrees; larger ones by their size alone. */
const COSTED_FRONTIER = 64;
/** A frontier up to this size is searched for hubs (by the degrees the build stored). */
const SPLIT_FRONTIER = 2000;
/** Pair seeks the hubs of a frontier may take, into the other frontier, per level. */
const MAX_PROBE = 20_000;
/** A seek costs about this many rows of an index range read. */
const SEEK_ROWS = 8;

export async function shortestPaths(
  reader: Pick<GraphReader, "neighbours" | "entities" | "relationsBetween"> &
    Pick<StoreReader, "degrees" | "linksBetween">,
  from: string,
  to: string,
  filter: StoreRelationFilter | null,
  maxPaths: number,
  tick: () => void = () => {},
): Promise<StorePath[]> {
  if (from === to) return [{ nodeIds: [from], edges: [], length: 0 }];
  const distFrom = new Map<string, number>([[from, 0]]);
  const distTo = new Map<string, number>([[to, 0]]);
  let frontierFrom = [from];
  let frontierTo = [to];
  let meetings: string[] = [];
  let length = Infinity;
  // Two entities related directly are one hop apart: one seek says so, where the first BFS level would read every
  // neighbour of one end (all relations of a hub, when the path starts there).
  if ((await reader.relationsBetween(from, [to], filter)).length > 0) {
    distFrom.set(to, 1);
    meetings = [to];
    length = 1;
  }
  const degree = new Map<string, number>();
  /** About how many relation rows expanding a frontier reads: its degrees summed (a hub has thousands). */
  const costOf = async (frontier: string[]) => {
    const missing = frontier.filter((id) => !degree.has(id));
    if (missing.length > 0) for (const [id, d] of await reader.degrees(missing)) degree.set(id, d);
    return frontier.reduce((sum, id) => sum + (degree.get(id) ?? 0), 0);
  };
  while (frontierFrom.length > 0 && frontierTo.length > 0 && meetings.length === 0) {
    tick();
    // The smaller frontier, or of two small ones the one with fewer relations.
    let forward = frontierFrom.length <= frontierTo.length;
    if (Math.max(frontierFrom.length, frontierTo.length) <= COSTED_FRONTIER)
      forward = (await costOf(frontierFrom)) <= (await costOf(frontierTo));
    const [frontier, own, other, otherFrontier] = forward
      ? [frontierFrom, distFrom, distTo, frontierTo]
      : [frontierTo, distTo, distFrom, frontierFrom];
    if (own.size > MAX_REACHED) break;
    // The other side's entities seen so far lie at most its frontier away, and nothing reached is on both sides:
    // so this level's meetings, if any, are the other frontier's entities related to this frontier. A hub of the
    // frontier (more relations than seeks into the other frontier would take) is asked for those pairs alone, and
    // its thousands of relations are read only when no meeting turns up.
    const hubs = new Set<string>();
    if (frontier.length <= SPLIT_FRONTIER) {
      await costOf(frontier);
      let budget = MAX_PROBE;
      for (const id of [...frontier].sort((x, y) => degree.get(y)! - degree.get(x)!)) {
        if (degree.get(id)! <= SEEK_ROWS * otherFrontier.length || budget < otherFrontier.length) break;
        hubs.add(id);
        budget -= otherFrontier.length;
      }
    }
    const next: string[] = [];
    const reach = (at: string, id: string) => {
      if (own.has(id)) return;
      const d = own.get(at)! + 1;
      own.set(id, d);
      next.push(id);
      const rest = other.get(id);
      if (rest !== undefined) {
        // Finish the level: meetings with a smaller total replace longer ones.
        if (d + rest < length) {
          length = d + rest;
          meetings = [id];
        } else if (d + rest === length) meetings.push(id);
      }
    };
    const plain = hubs.size > 0 ? frontier.filter((id) => !hubs.has(id)) : frontier;
    for (const [at, id] of await reader.neighbours(plain, filter)) reach(at, id);
    if (hubs.size > 0) {
      for (const [at, id] of await reader.linksBetween([...hubs], otherFrontier, filter)) reach(at, id);
      if (meetings.length === 0) for (const [at, id] of await reader.neighbours([...hubs], filter)) reach(at, id);
    }
    if (forward) frontierFrom = next;
    else frontierTo = next;
  }
  if (meetings.length === 0) return [];

  const pagerank = new Map<string, number>();
  const rank = async (ids: string[]) => {
    const missing = ids.filter((id) => !pagerank.has(id));
    if (missing.length > 0) for (const [id, e] of await reader.entities(missing)) pagerank.set(id, e.pagerank);
  };
  const levels = new Map<string, string[]>();
  const levelOf = (dist: Map<string, number>, key: string, d: number) => {
    let level = levels.get(`${key}:${d}`);
    if (!level) {
      level = [...dist.entries()].filter(([, v]) => v === d).map(([id]) => id);
      levels.set(`${key}:${d}`, level);
    }
    return level;
  };
  // Neighbours of an entity one step closer in `dist`, each with its most confident allowed relation.
  const closer = new Map<string, Promise<[string, StoreRelation][]>>();
  const stepsCloser = (id: string, dist: Map<string, number>, key: string) => {
    let pending = closer.get(`${key}:${id}`);
    if (!pending) {
      pending = (async () => {
        const want = dist.get(id)! - 1;
        const best = new Map<string, StoreRelation>();
        // The relations towards the level one step closer: looked up by that level when it is small (the usual
        // case next to the ends), else among the entity's neighbours one step closer (ends read first, from the
        // covering indexes, then the relations to those alone).
        const level = levelOf(dist, key, want);
        const candidates = await reader.relationsBetween(
          id,
          level.length <= 2000
            ? level
            : [...new Set((await reader.neighbours([id], filter)).map(([, other]) => other))].filter(
                (other) => dist.get(other) === want,
              ),
          filter,
        );
        for (const relation of candidates) {
          const other = relation.sourceId === id ? relation.targetId : relation.sourceId;
          if (dist.get(other) !== want) continue;
          const current = best.get(other);
          if (!current || relation.confidence > current.confidence) best.set(other, relation);
        }
        await rank([...best.keys()]);
        return [...best.entries()].sort((a, b) => pagerank.get(b[0])! - pagerank.get(a[0])!);
      })();
      closer.set(`${key}:${id}`, pending);
    }
    return pending;
  };

  /** Up to `max` walks from `start` down `dist` to distance 0, as [entities, relations] from start onwards. */
  const walks = async (start: string, dist: Map<string, number>, key: string, max: number) => {
    const out: [string[], StoreRelation[]][] = [];
    const go = async (id: string, nodes: string[], edges: StoreRelation[]): Promise<void> => {
      if (out.length >= max) return;
      if (dist.get(id) === 0) {
        out.push([[...nodes], [...edges]]);
        return;
      }
      tick();
      for (const [next, relation] of await stepsCloser(id, dist, key)) {
        nodes.push(next);
        edges.push(relation);
        await go(next, nodes, edges);
        nodes.pop();
        edges.pop();
        if (out.length >= max) return;
      }
    };
    await go(start, [start], []);
    return out;
  };

  const paths: StorePath[] = [];
  await rank(meetings);
  meetings.sort((a, b) => pagerank.get(b)! - pagerank.get(a)!);
  for (const meeting of meetings) {
    for (const [backNodes, backEdges] of await walks(meeting, distFrom, "from", maxPaths - paths.length)) {
      for (const [fwdNodes, fwdEdges] of await walks(meeting, distTo, "to", maxPaths - paths.length)) {
        paths.push({
          nodeIds: [...backNodes].reverse().concat(fwdNodes.slice(1)),
          edges: [...backEdges].reverse().concat(fwdEdges),
          length,
        });
        if (paths.length >= maxPaths) return paths;
      }
    }
  }
  return paths;
}
