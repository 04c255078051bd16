// Admission for GraphQL executions: at most `active` run at once, the rest wait in arrival order, and a request
// that cannot get in (the queue is full, or it waited `maxWaitMs`) is told the server is busy at once.
// Why: every execution interleaves its resolvers on the server's one thread, so with 50 requests in flight each
// shares the thread with 49 others and a long one (a depth-2 neighbourhood) takes 50 times its own CPU time.
// Taking them a few at a time, first come first served, keeps the mean (the thread does the same work) but ends
// that tail; and a bounded wait turns overload into a clear 503 instead of requests timing out after 10 s.

export interface RequestGateOptions {
  /** Executions at once (at least 1). */
  active: number;
  /** Requests that may wait for a place; one more is busy at once. */
  maxQueue: number;
  /** A request still waiting after this many ms is busy. */
  maxWaitMs: number;
}

export const DEFAULT_GATE: RequestGateOptions = { active: 4, maxQueue: 512, maxWaitMs: 5000 };

/** Why a request was turned away: said to the client as a 503 with Retry-After. */
export class BusyError extends Error {
  readonly code = "BUSY";
}

interface Waiter {
  admit: () => void;
  timer: NodeJS.Timeout;
}

export class RequestGate {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  private readonly options: RequestGateOptions;

  constructor(options: Partial<RequestGateOptions> = {}) {
    this.options = { ...DEFAULT_GATE, ...options };
    if (!Number.isInteger(this.options.active) || this.options.active < 1)
      throw new Error(`the request gate needs at least one active place (got ${this.options.active})`);
  }

  get stats(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** Runs fn once a place is free; rejects with BusyError when none comes in time. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await fn();
    } finally {
      this.leave();
    }
  }

  private enter(): Promise<void> {
    if (this.running < this.options.active && this.waiting.length === 0) {
      this.running++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.options.maxQueue)
      return Promise.reject(
        new BusyError(
          `The server is busy: ${this.running} queries are running and ${this.waiting.length} are waiting. Try again shortly.`,
        ),
      );
    return new Promise<void>((admit, refuse) => {
      const waiter: Waiter = {
        admit,
        timer: setTimeout(() => {
          const at = this.waiting.indexOf(waiter);
          if (at >= 0) this.waiting.splice(at, 1);
          refuse(
            new BusyError(
              `The server is busy: the query waited ${this.options.maxWaitMs} ms behind ${this.running} running ` +
                "queries without starting. Try again shortly.",
            ),
          );
        }, this.options.maxWaitMs),
      };
      waiter.timer.unref();
      this.waiting.push(waiter);
    });
  }

  private leave(): void {
    const next = this.waiting.shift();
    if (!next) {
      this.running--;
      return;
    }
    clearTimeout(next.timer);
    next.admit(); // the place passes to the next in line: running stays the same
  }
}
