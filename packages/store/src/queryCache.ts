// Caches query answers for the current build version only: the version is re-read at most every `checkMs`, and a
// new version empties the cache, so a reader never mixes answers from two builds for longer than that.
export class QueryCache {
  private version = -1;
  private checkedAt = 0;
  private checking: Promise<number> | null = null;
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(
    private readonly capacity: number,
    private readonly readVersion: () => Promise<number>,
    private readonly checkMs = 250,
  ) {}

  private async currentVersion(): Promise<number> {
    const now = performance.now();
    if (now - this.checkedAt < this.checkMs && this.version >= 0) return this.version;
    this.checking ??= this.readVersion().finally(() => {
      this.checking = null;
    });
    const version = await this.checking;
    this.checkedAt = performance.now();
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    return version;
  }

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.capacity <= 0) return compute();
    await this.currentVersion();
    const hit = this.entries.get(key);
    if (hit) {
      // Least recently used goes first: re-inserting moves the key to the end.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit as Promise<T>;
    }
    const pending = compute();
    this.entries.set(key, pending);
    pending.catch(() => this.entries.delete(key));
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return pending;
  }

  clear(): void {
    this.entries.clear();
    this.version = -1;
  }
}
