// A small LRU of answers for one build (each loaded build gets its own), so an answer never outlives the build it
// was computed from. Pending answers are shared, so concurrent identical queries run once; failures are not kept.
// Bounded in bytes (each answer's approximate size, counted once it resolves), not in entries: a cache of 2,000
// answers held from a few MB (searches) to hundreds (large neighbourhoods), which made the server's memory depend
// on which queries it was asked.
import { approximateBytes } from "./approximateBytes.js";

/** What an answer still being computed counts for (its key aside). */
const PENDING_BYTES = 256;

interface Entry {
  readonly value: Promise<unknown>;
  bytes: number;
}

export class VersionCache {
  private readonly entries = new Map<string, Entry>();
  private total = 0;
  /** Answers found (finished or pending) and computed, since the build was loaded (/health shows them). */
  hits = 0;
  misses = 0;

  /** `maxBytes` <= 0 caches nothing. One answer larger than a sixteenth of it is not kept. */
  constructor(private readonly maxBytes: number) {}

  /** Approximate bytes held now (answers and keys). */
  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.maxBytes <= 0) return compute();
    const hit = this.entries.get(key);
    if (hit) {
      this.hits++;
      this.entries.delete(key); // most recently used goes last
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    this.misses++;
    const pending = compute();
    const entry: Entry = { value: pending, bytes: 2 * key.length + PENDING_BYTES };
    this.entries.set(key, entry);
    this.total += entry.bytes;
    pending.then(
      (answer) => {
        if (this.entries.get(key) !== entry) return; // evicted while pending
        const cap = this.maxBytes / 16;
        const size = 2 * key.length + approximateBytes(answer, cap);
        if (size > cap) return this.remove(key, entry);
        this.total += size - entry.bytes;
        entry.bytes = size;
        this.evict();
      },
      () => {
        if (this.entries.get(key) === entry) this.remove(key, entry);
      },
    );
    this.evict();
    return pending;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.total -= entry.bytes;
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.remove(key, entry);
    }
  }
}
