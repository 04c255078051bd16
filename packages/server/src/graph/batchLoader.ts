// Collects the ids resolvers ask for within one turn and fetches them in one query (GraphQL resolves a list's
// fields side by side, so `relations { source { label } }` becomes one entity query, not one per relation).
// Answers are memoised for the request.
export class BatchLoader<V> {
  private readonly memo = new Map<string, Promise<V | undefined>>();
  /** Values already at hand (primed or fetched), for resolvers that can answer without a promise. */
  private readonly known = new Map<string, V>();
  private queue: { id: string; resolve: (v: V | undefined) => void; reject: (e: unknown) => void }[] = [];

  constructor(private readonly fetch: (ids: string[]) => Promise<Map<string, V>>) {}

  load(id: string): Promise<V | undefined> {
    let pending = this.memo.get(id);
    if (!pending) {
      pending = new Promise<V | undefined>((resolve, reject) => {
        if (this.queue.length === 0) void Promise.resolve().then(() => process.nextTick(() => this.flush()));
        this.queue.push({ id, resolve, reject });
      });
      this.memo.set(id, pending);
    }
    return pending;
  }

  /** Seeds the memo with rows fetched by a list query, so their fields need no second read. */
  prime(id: string, value: V): void {
    if (!this.memo.has(id)) {
      this.memo.set(id, Promise.resolve(value));
      this.known.set(id, value);
    }
  }

  /**
   * The value when it is already at hand, else undefined. A resolver that returns it directly keeps GraphQL on
   * its synchronous path: a neighbourhood's 5,000 edges each resolving `source` and `target` through a promise
   * made graphql-js complete every edge asynchronously, most of a hub's response time.
   */
  peek(id: string): V | undefined {
    return this.known.get(id);
  }

  private flush(): void {
    const batch = this.queue;
    this.queue = [];
    this.fetch(batch.map((b) => b.id)).then(
      (found) => {
        for (const b of batch) {
          const value = found.get(b.id);
          if (value !== undefined) this.known.set(b.id, value);
          b.resolve(value);
        }
      },
      (error: unknown) => {
        for (const b of batch) {
          this.memo.delete(b.id);
          b.reject(error);
        }
      },
    );
  }
}
