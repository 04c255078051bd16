// Hierarchical word clusters from unlabeled text, a cheap stand-in for Brown clusters (Liang 2005): every frequent
// word is described by its left and right neighbours (positive PMI weights, unit length), and the words are split
// in two recursively by spherical 2-means. A word's cluster is its path of 0/1 choices from the root, so path
// prefixes give coarse to fine classes, as Brown-cluster prefixes do for NER (Ratinov & Roth 2009). Deterministic:
// no randomness, ties broken by word order.

export interface ClusterOptions {
  /** Words seen at least this often get a cluster. */
  minCount: number;
  /** The most frequent words used as context features (each on the left and on the right). */
  contexts: number;
  /** Depth of the tree (path length at most this). */
  depth: number;
  /** Nodes with fewer words are not split further. */
  minSplit: number;
  /** 2-means iterations per split. */
  iterations: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  minCount: 3,
  contexts: 1000,
  depth: 12,
  minSplit: 8,
  iterations: 8,
};

/** Normalises a token the way the tagger's lowercase features do: lowercased, digits mapped to 0. */
export function clusterKey(word: string): string {
  return word.toLowerCase().replace(/[0-9]/g, "0");
}

interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
}

/** Word -> bit path ("0110..."), for the words seen at least `minCount` times, sorted by word. */
export function clusterWords(
  sentences: Iterable<readonly string[]>,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): Map<string, string> {
  const counts = new Map<string, number>();
  const keyed: string[][] = [];
  for (const s of sentences) {
    const k = s.map(clusterKey);
    keyed.push(k);
    for (const w of k) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const byFreq = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const words = byFreq.filter(([, c]) => c >= options.minCount).map(([w]) => w);
  const wordId = new Map(words.map((w, i) => [w, i]));
  const ctxId = new Map(byFreq.slice(0, options.contexts).map(([w], i) => [w, i]));
  const nctx = ctxId.size;
  const BOS = 2 * nctx;
  const dims = 2 * nctx + 2; // left contexts, right contexts, sentence start, sentence end
  // Co-occurrence counts word x context feature.
  const cooc: Map<number, number>[] = words.map(() => new Map());
  for (const k of keyed) {
    for (let i = 0; i < k.length; i++) {
      const w = wordId.get(k[i]!);
      if (w === undefined) continue;
      const row = cooc[w]!;
      const l = i > 0 ? ctxId.get(k[i - 1]!) : -1;
      const r = i + 1 < k.length ? ctxId.get(k[i + 1]!) : -2;
      const lf = l === -1 ? BOS : l;
      const rf = r === -2 ? BOS + 1 : r === undefined ? undefined : nctx + r;
      if (lf !== undefined) row.set(lf, (row.get(lf) ?? 0) + 1);
      if (rf !== undefined) row.set(rf, (row.get(rf) ?? 0) + 1);
    }
  }
  // Positive PMI, rows scaled to unit length.
  const colSum = new Float64Array(dims);
  let total = 0;
  const rowSum = new Float64Array(words.length);
  cooc.forEach((row, w) => {
    for (const [f, c] of row) {
      colSum[f] = colSum[f]! + c;
      rowSum[w] = rowSum[w]! + c;
      total += c;
    }
  });
  const rows: SparseRow[] = cooc.map((row, w) => {
    const feats = [...row.keys()].sort((a, b) => a - b);
    const idx: number[] = [];
    const val: number[] = [];
    for (const f of feats) {
      const pmi = Math.log((row.get(f)! * total) / (rowSum[w]! * colSum[f]!));
      if (pmi > 0) {
        idx.push(f);
        val.push(pmi);
      }
    }
    let norm = 0;
    for (const v of val) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    return { idx: Int32Array.from(idx), val: Float64Array.from(val.map((v) => v / norm)) };
  });
  const paths: string[] = words.map(() => "");
  const dot = (r: SparseRow, c: Float64Array): number => {
    let s = 0;
    for (let j = 0; j < r.idx.length; j++) s += r.val[j]! * c[r.idx[j]!]!;
    return s;
  };
  const centroidOf = (members: readonly number[]): Float64Array => {
    const c = new Float64Array(dims);
    for (const m of members) {
      const r = rows[m]!;
      for (let j = 0; j < r.idx.length; j++) c[r.idx[j]!] = c[r.idx[j]!]! + r.val[j]!;
    }
    let n = 0;
    for (let j = 0; j < dims; j++) n += c[j]! * c[j]!;
    n = Math.sqrt(n) || 1;
    for (let j = 0; j < dims; j++) c[j] = c[j]! / n;
    return c;
  };
  // Splits a node; members are word ids in frequency order.
  const split = (members: number[], depth: number): void => {
    if (depth >= options.depth || members.length < options.minSplit) return;
    // First cut along the principal direction of the node's (centred) vectors (Boley's PDDP), by power iteration
    // from the most frequent word; 2-means then refines it.
    const mean = centroidOf(members);
    let mn = 0;
    for (const m of members) mn += dot(rows[m]!, mean);
    mn /= members.length;
    for (let j = 0; j < dims; j++) mean[j] = mean[j]! * mn;
    let v = new Float64Array(dims);
    const r0 = rows[members[0]!]!;
    for (let j = 0; j < r0.idx.length; j++) v[r0.idx[j]!] = r0.val[j]!;
    for (let j = 0; j < dims; j++) v[j] = v[j]! - mean[j]!;
    const proj = new Float64Array(members.length);
    for (let it = 0; it < 12; it++) {
      let mv = 0;
      for (let j = 0; j < dims; j++) mv += mean[j]! * v[j]!;
      const u = new Float64Array(dims);
      let ysum = 0;
      members.forEach((m, i) => {
        const y = dot(rows[m]!, v) - mv;
        proj[i] = y;
        ysum += y;
        const r = rows[m]!;
        for (let j = 0; j < r.idx.length; j++) u[r.idx[j]!] = u[r.idx[j]!]! + r.val[j]! * y;
      });
      let n = 0;
      for (let j = 0; j < dims; j++) {
        u[j] = u[j]! - mean[j]! * ysum;
        n += u[j]! * u[j]!;
      }
      n = Math.sqrt(n) || 1;
      for (let j = 0; j < dims; j++) u[j] = u[j]! / n;
      v = u;
    }
    let side = new Uint8Array(members.length);
    members.forEach((_, i) => (side[i] = proj[i]! > 0 ? 1 : 0));
    let c0 = centroidOf(members.filter((_, i) => side[i] === 0));
    let c1 = centroidOf(members.filter((_, i) => side[i] === 1));
    for (let it = 0; it < options.iterations; it++) {
      const next = new Uint8Array(members.length);
      members.forEach((m, i) => (next[i] = dot(rows[m]!, c1) > dot(rows[m]!, c0) ? 1 : 0));
      const a = members.filter((_, i) => next[i] === 0);
      const b = members.filter((_, i) => next[i] === 1);
      side = next;
      if (a.length === 0 || b.length === 0) break;
      c0 = centroidOf(a);
      c1 = centroidOf(b);
    }
    const left = members.filter((_, i) => side[i] === 0);
    const right = members.filter((_, i) => side[i] === 1);
    if (left.length === 0 || right.length === 0) return;
    for (const m of left) paths[m] += "0";
    for (const m of right) paths[m] += "1";
    split(left, depth + 1);
    split(right, depth + 1);
  };
  split(
    words.map((_, i) => i),
    0,
  );
  return new Map(
    words.map((w, i): [string, string] => [w, paths[i]!]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  );
}
