// A small LRU of answers for one build (each loaded build gets its own), so an answer never outlives the build it
// was computed from. Pending answers are shared, so concurrent identical queries run once; failures are not kept.
export class VersionCache {
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(private readonly capacity: number) {}

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.capacity <= 0) return compute();
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key); // most recently used goes last
      this.entries.set(key, hit);
      return hit as Promise<T>;
    }
    const pending = compute();
    this.entries.set(key, pending);
    pending.catch(() => this.entries.delete(key));
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return pending;
  }
}
