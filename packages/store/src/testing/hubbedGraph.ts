// A made-up graph of entities only, with a few hubs related to most others and sparse relations among the rest
// (several categories between some pairs), for tests of the graph walks against answers computed by brute force.
// Deterministic for a seed; `variant` reweighs, drops and adds relations as a later build of the same graph would.
import type { SerializedEdge, SerializedKnowledgeGraph, SerializedNode } from "@newskg/graph-model";

export interface HubbedOptions {
  entities: number;
  hubs: number;
  /** Relations per non-hub entity to other non-hubs. */
  sparse: number;
  seed: number;
  /** 0 is the base graph; each other value changes some relations' weights, drops some and adds others. */
  variant?: number;
  /** Leaves these entities out, and their relations. */
  omit?: number[];
}

const CATEGORIES = ["ALLIANCE", "SUPPORT", "CO_OCCURRENCE"] as const;

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

export const hubbedKey = (i: number): string => `h:${String(i).padStart(4, "0")}`;

export function hubbedGraph(options: HubbedOptions): SerializedKnowledgeGraph {
  const rnd = random(options.seed);
  const change = random(options.seed * 31 + (options.variant ?? 0));
  const variant = options.variant ?? 0;
  const edges = new Map<string, SerializedEdge>();
  const add = (a: number, b: number, category: (typeof CATEGORIES)[number], weight: number, confidence: number) => {
    const key = `${category}:${hubbedKey(a)}->${hubbedKey(b)}`;
    edges.set(key, {
      key,
      source: hubbedKey(a),
      target: hubbedKey(b),
      attributes: {
        category,
        label: category.toLowerCase(),
        labels: [category.toLowerCase()],
        confidence,
        weight,
        evidence: [],
        docs: [],
      },
    });
  };
  for (let h = 0; h < options.hubs; h++)
    for (let i = options.hubs; i < options.entities; i++)
      if (rnd() < 0.7) add(h, i, CATEGORIES[Math.floor(rnd() * 3)]!, 1 + Math.floor(rnd() * 4), 0.5 + rnd() / 2);
  for (let i = options.hubs; i < options.entities; i++)
    for (let k = 0; k < options.sparse; k++) {
      const j = options.hubs + Math.floor(rnd() * (options.entities - options.hubs));
      if (j === i) continue;
      add(i, j, CATEGORIES[Math.floor(rnd() * 3)]!, 1 + Math.floor(rnd() * 4), 0.5 + rnd() / 2);
    }
  if (variant > 0) {
    const keys = [...edges.keys()];
    for (const key of keys) {
      const r = change();
      const edge = edges.get(key)!;
      if (r < 0.1) edges.delete(key);
      else if (r < 0.25) edge.attributes = { ...edge.attributes, weight: edge.attributes.weight + 1 + variant };
    }
    for (let n = 0; n < options.entities / 4; n++) {
      const a = Math.floor(change() * options.entities);
      const b = Math.floor(change() * options.entities);
      if (a !== b) add(a, b, "ALLIANCE", 1 + Math.floor(change() * 6), 0.5 + change() / 2);
    }
  }
  const omitted = new Set((options.omit ?? []).map(hubbedKey));
  for (const [key, e] of edges) if (omitted.has(e.source) || omitted.has(e.target)) edges.delete(key);
  const neighbours = new Map<string, Set<string>>();
  for (const e of edges.values()) {
    for (const [at, other] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      let set = neighbours.get(at);
      if (!set) neighbours.set(at, (set = new Set()));
      set.add(other);
    }
  }
  const nodes: SerializedNode[] = [];
  for (let i = 0; i < options.entities; i++) {
    const key = hubbedKey(i);
    if (omitted.has(key)) continue;
    const label = `Entity ${i}`;
    nodes.push({
      key,
      attributes: {
        kind: "entity",
        type: "ORGANIZATION",
        label,
        aliases: [label],
        roles: [],
        mentions: [],
        docs: [],
        mentionCount: 0,
        degree: neighbours.get(key)?.size ?? 0,
        pagerank: 1 / (i + 2),
        community: 0,
        x: 0,
        y: 0,
        size: 1,
      },
    });
  }
  return {
    attributes: {
      name: "hubbed",
      builtAt: "2024-02-01T00:00:00.000Z",
      builderVersion: "test",
      documentCount: 0,
      curationApplied: false,
    },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes,
    edges: [...edges.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  };
}
