// What every step of a build shares: messages, warnings, progress events and per-phase timings.
import type { BuildOptions, BuildProgress, BuildReport } from "./types.js";

export type Phase = BuildProgress["phase"];

export interface BuildContext {
  log: (message: string) => void;
  /** Logged and kept for the report. */
  warn: (message: string) => void;
  warnings: string[];
  progress: (phase: Phase, done: number, total: number, file?: string) => void;
  /** Adds the time since the previous call to `phase`. */
  endPhase: (phase: Phase) => void;
  timings: BuildReport["timings"];
  signal?: AbortSignal;
}

export function createBuildContext(options: BuildOptions): BuildContext {
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const warnings: string[] = [];
  const timings: BuildReport["timings"] = {};
  let phaseStart = performance.now();
  const context: BuildContext = {
    log,
    warnings,
    warn: (message) => {
      warnings.push(message);
      log(`warning: ${message}`);
    },
    progress: (phase, done, total, file) =>
      options.onProgress?.(file === undefined ? { phase, done, total } : { phase, done, total, file }),
    endPhase: (phase) => {
      const now = performance.now();
      timings[phase] = Math.round((timings[phase] ?? 0) + now - phaseStart);
      phaseStart = now;
    },
    timings,
  };
  if (options.signal) context.signal = options.signal;
  return context;
}
