// Whole-response cache for read queries. The graph is immutable between reloads, so the same query with the same
// variables gives the same bytes until the graph version changes; embeds on many pages ask exactly that. Keyed by
// Host (export URLs contain it) + the raw JSON body within one graph version; bounded in bytes, least recently used
// out. Only successful query operations are stored (see `cacheable` in the context).
export class ResponseCache {
  private entries = new Map<string, Buffer>();
  private bytes = 0;
  private version = -1;
  /** Lookups answered and not, since the graph version began (/health shows them). */
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes: number) {}

  /** Bytes held (bodies and keys). */
  get size(): number {
    return this.bytes;
  }

  get enabled(): boolean {
    return this.maxBytes > 0;
  }

  /** The key for a request; a new graph version empties the cache (old entries could never hit again). */
  key(version: number, host: string, body: string): string {
    if (version !== this.version) {
      this.entries.clear();
      this.bytes = 0;
      this.version = version;
      this.hits = this.misses = 0;
    }
    return `${host}\u0000${body}`;
  }

  get(key: string): Buffer | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, hit);
    } else this.misses++;
    return hit;
  }

  /** Stores the encoded body (the same bytes the miss was answered with), so a hit is written without re-encoding. */
  set(key: string, body: Buffer): void {
    const size = key.length + body.length;
    if (size > this.maxBytes / 16) return; // one response never takes a big share
    const old = this.entries.get(key);
    if (old !== undefined) this.bytes -= key.length + old.length;
    this.entries.set(key, body);
    this.bytes += size;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= k.length + v.length;
    }
  }
}
