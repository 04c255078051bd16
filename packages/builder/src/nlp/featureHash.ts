// Integer feature hashing: every feature is a template id mixed with a few integer atoms (string hashes, tag ids,
// distances), folded into a fixed number of buckets. No feature strings are built at run time, which is what keeps
// tagging and parsing above 100k words per second.

export { hashString } from "../graph/seededRandom.js";

/** Mixes one more atom into a running hash (murmur3-style round). */
export function mix(h: number, atom: number): number {
  let k = Math.imul(atom | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Final avalanche, then the bucket (`mask` = buckets - 1). */
export function bucketOf(h: number, mask: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) & mask;
}
