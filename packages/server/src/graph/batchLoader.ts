// Collects the ids resolvers ask for within one turn and fetches them in one query (GraphQL resolves a list's
// fields side by side, so `relations { source { label } }` becomes one entity query, not one per relation).
// Answers are memoised for the request.
export class BatchLoader<V> {
  private readonly memo = new Map<string, Promise<V | undefined>>();
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
    if (!this.memo.has(id)) this.memo.set(id, Promise.resolve(value));
  }

  private flush(): void {
    const batch = this.queue;
    this.queue = [];
    this.fetch(batch.map((b) => b.id)).then(
      (found) => {
        for (const b of batch) b.resolve(found.get(b.id));
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
