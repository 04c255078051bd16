import { describe, expect, it } from "vitest";
import { seededRandom as random } from "../graph/seededRandom.js";
import { mergeEventClass, type EventMergeState } from "./mergeEventClass.js";

interface World {
  docs: string[];
  places: Set<string>[];
  names: Set<string>[];
  /** Groups made before the events are merged (same full name). */
  preJoined: [number, number][];
  list: number[];
}

function world(seed: number): World {
  const r = random(seed);
  const n = 5 + Math.floor(r() * 60);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const docs: string[] = [];
  const places: Set<string>[] = [];
  const names: Set<string>[] = [];
  for (let i = 0; i < n; i++) {
    docs.push(`d${Math.floor(r() * n * 0.7)}`);
    const p = new Set<string>();
    if (r() < 0.6) p.add(pick(["A", "B", "C", "D"]));
    if (r() < 0.2) p.add(pick(["A", "B", "C", "D"]));
    places.push(p);
    names.push(new Set([pick(["war", "civil war", "the war", "border war"])]));
  }
  const preJoined: [number, number][] = [];
  for (let k = 0; k < n / 8; k++) preJoined.push([Math.floor(r() * n), Math.floor(r() * n)]);
  // Not every item is an event of the class, and the order is not the items' order.
  const list = [...Array(n).keys()].filter(() => r() < 0.85).sort(() => r() - 0.5);
  return { docs, places, names, preJoined, list };
}

/** Union-find and anchors as the resolution keeps them, with its pre-joined groups. */
function state(w: World): EventMergeState & { partition: () => string } {
  const parent = w.docs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (const [a, b] of w.preJoined) union(a, b);
  const anchors = new Map(w.places.map((p, i) => [i, new Set(p)]));
  const partition = (): string =>
    JSON.stringify([
      w.docs.map((_, i) => find(i)),
      [...anchors].filter(([i]) => find(i) === i).map(([i, p]) => [i, [...p].sort()]),
    ]);
  return { docOf: (i) => w.docs[i]!, find, union, anchors, names: (i) => w.names[i]!, partition };
}

/** The plain scan the indexed merge replaces. */
function plainScan(list: readonly number[], st: EventMergeState): void {
  const overlaps = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => b.has(x));
  for (let x = 0; x < list.length; x++)
    for (let y = x + 1; y < list.length; y++) {
      const a = list[x]!;
      const b = list[y]!;
      if (st.docOf(a) === st.docOf(b) || st.find(a) === st.find(b)) continue;
      const pa = st.anchors.get(st.find(a))!;
      const pb = st.anchors.get(st.find(b))!;
      const ok = pa.size && pb.size ? overlaps(pa, pb) : pa.size || pb.size ? true : overlaps(st.names(a), st.names(b));
      if (!ok) continue;
      const merged = new Set([...pa, ...pb]);
      st.union(a, b);
      st.anchors.set(st.find(a), merged);
    }
}

describe("mergeEventClass", () => {
  it("gives the groups and places the plain pairwise scan gives", () => {
    let merges = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const w = world(seed);
      const plain = state(w);
      const indexed = state(w);
      const before = plain.partition();
      plainScan(w.list, plain);
      mergeEventClass(w.list, indexed);
      expect(indexed.partition(), `seed ${seed}`).toBe(plain.partition());
      if (plain.partition() !== before) merges++;
    }
    // The worlds exercise merging (most of them merge something).
    expect(merges).toBeGreaterThan(120);
  });
});
