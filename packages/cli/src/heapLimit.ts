// The main thread of `kg build` holds the whole article set's entities while it resolves them across documents:
// past tens of thousands of articles that outgrows Node's default heap limit (about 4 GB whatever the machine has),
// and the build dies with "JavaScript heap out of memory" after minutes of work. So the bin restarts itself once
// with a limit sized to the machine, unless the user chose one. (`kg worker` extracts one article at a time.)

/** Commands whose main thread grows with the corpus. */
const CORPUS_COMMANDS = new Set(["build"]);
/** Share of the machine's memory the main heap may take (the workers and SQLite's cache need the rest). */
const MEMORY_SHARE = 0.6;
/** The largest limit set (MB): beyond it a corpus belongs on PostgreSQL with several workers. */
const MAX_HEAP_MB = 32_768;

export interface HeapContext {
  command: string | undefined;
  /** process.execArgv */
  execArgv: readonly string[];
  /** process.env.NODE_OPTIONS */
  nodeOptions: string | undefined;
  /** v8.getHeapStatistics().heap_size_limit, bytes */
  heapLimit: number;
  /** os.totalmem(), bytes */
  totalMemory: number;
}

/** The flag to restart with (`--max-old-space-size=N`), or undefined to run as started. */
export function heapLimitFlag(ctx: HeapContext): string | undefined {
  if (!CORPUS_COMMANDS.has(ctx.command ?? "")) return undefined;
  const chosen = (arg: string) => arg.startsWith("--max-old-space-size") || arg.startsWith("--max_old_space_size");
  if (ctx.execArgv.some(chosen) || (ctx.nodeOptions ?? "").split(/\s+/).some(chosen)) return undefined;
  const target = Math.min(MAX_HEAP_MB, Math.floor((ctx.totalMemory * MEMORY_SHARE) / 2 ** 20));
  // Only worth a restart when it raises the limit by a quarter or more.
  if (target < (ctx.heapLimit / 2 ** 20) * 1.25) return undefined;
  return `--max-old-space-size=${target}`;
}
