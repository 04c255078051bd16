// The merging of one class of events across articles ("war", "invasion", "offensive" are one class), indexed by
// group. It gives exactly what the plain scan gives ("for each event x in order, for each later event y of another
// article and another group: merge when their groups' places are compatible"), which was quadratic in the
// class's events: here each x looks at the other groups it could merge with (each has one sorted list of its
// events' positions; a group with places meets only the placeless groups and those sharing a place, found by
// place) rather than at each later event, and a group whose events all lie before x is dropped for good.

/** What the merge reads and changes of the resolution's state. */
export interface EventMergeState {
  docOf: (item: number) => string;
  find: (item: number) => number;
  union: (a: number, b: number) => void;
  /** Places (ISO codes) of a group, by its root; replaced on each merge by the union of both sides'. */
  anchors: Map<number, Set<string>>;
  /** An event's own normalised names (compared when neither side's group has a place). */
  names: (item: number) => Set<string>;
}

function overlaps<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** First index of a sorted array holding a value greater than `v`. */
function upperBound(arr: readonly number[], v: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! < b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/**
 * Merges the events of `list` (item indices, in resolution order): for each event x, the earliest later event y
 * of another article and another group whose group is compatible with x's group (their places overlap, or one
 * side has none; with none on either side, x's and y's own names overlap) joins x's group, and the scan goes on
 * after y with the merged group's places.
 */
export function mergeEventClass(list: readonly number[], st: EventMergeState): void {
  const { find, anchors } = st;
  // Positions in `list` of each group's events, by the group's root.
  const groups = new Map<number, number[]>();
  list.forEach((item, pos) => {
    const r = find(item);
    const g = groups.get(r);
    if (g) g.push(pos);
    else groups.set(r, [pos]);
  });
  const docs = list.map(st.docOf);
  // Groups by place, and those with none: a group with places meets only these (the others are incompatible).
  const byPlace = new Map<string, Set<number>>();
  const placeless = new Set<number>();
  const index = (root: number, places: ReadonlySet<string>): void => {
    if (!places.size) placeless.add(root);
    for (const p of places) {
      const set = byPlace.get(p);
      if (set) set.add(root);
      else byPlace.set(p, new Set([root]));
    }
  };
  const unindex = (root: number, places: ReadonlySet<string>): void => {
    placeless.delete(root);
    for (const p of places) byPlace.get(p)?.delete(root);
  };
  for (const root of groups.keys()) index(root, anchors.get(root)!);
  for (let x = 0; x < list.length; x++) {
    const a = list[x]!;
    const doc = docs[x]!;
    let pos = x;
    for (;;) {
      const own = find(a);
      const pa = anchors.get(own)!;
      let candidates: Iterable<number> = groups.keys();
      if (pa.size) {
        const set = new Set(placeless);
        for (const p of pa) for (const r of byPlace.get(p) ?? []) set.add(r);
        candidates = set;
      }
      // The earliest event after `pos` the scan would merge: per group, its first event there that qualifies.
      let best = -1;
      for (const root of candidates) {
        const positions = groups.get(root)!;
        if (positions[positions.length - 1]! <= x) {
          // No event after x: no later x sees this group as another one, and no later x is in it.
          groups.delete(root);
          unindex(root, anchors.get(root)!);
          continue;
        }
        if (root === own) continue;
        const pb = anchors.get(root)!;
        if (pa.size && pb.size && !overlaps(pa, pb)) continue;
        const byName = !pa.size && !pb.size;
        for (let i = upperBound(positions, pos); i < positions.length; i++) {
          const y = positions[i]!;
          if (best >= 0 && y >= best) break;
          if (docs[y] === doc) continue;
          if (byName && !overlaps(st.names(a), st.names(list[y]!))) continue;
          best = y;
          break;
        }
      }
      if (best < 0) break;
      const b = list[best]!;
      const rb = find(b);
      const merged = new Set([...pa, ...anchors.get(rb)!]);
      const joined = mergeSorted(groups.get(own) ?? [], groups.get(rb) ?? []);
      unindex(own, pa);
      unindex(rb, anchors.get(rb)!);
      groups.delete(own);
      groups.delete(rb);
      st.union(a, b);
      const root = find(a);
      anchors.set(root, merged);
      groups.set(root, joined);
      index(root, merged);
      pos = best;
    }
  }
}
