// Build progress on stderr: a redrawn bar when stderr is a terminal, otherwise a plain line every few seconds once
// the build has run for a while (small builds stay quiet).
import type { BuildProgress } from "../pipeline/types.js";

const PLAIN_DELAY_MS = 3000;
const PLAIN_INTERVAL_MS = 5000;
const BAR_INTERVAL_MS = 100;

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, "0")}s`;
}

export interface ProgressReporter {
  onProgress: (progress: BuildProgress) => void;
  /** Clears the bar so that the messages that follow start on a clean line. */
  clear: () => void;
  /** Writes a message above the bar. */
  log: (message: string) => void;
}

export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const tty = Boolean(stream.isTTY);
  const started = Date.now();
  let phase = "";
  let phaseStarted = started;
  let lastDraw = 0;
  let barShown = false;
  let last: BuildProgress | null = null;

  const line = (p: BuildProgress): string => {
    const elapsed = Math.max(0.05, (Date.now() - phaseStarted) / 1000);
    const rate = p.done / elapsed;
    const eta = p.done >= p.total ? 0 : rate > 0 ? (p.total - p.done) / rate : Number.POSITIVE_INFINITY;
    const share = p.total > 0 ? p.done / p.total : 1;
    const width = 24;
    const bar = tty ? `[${"#".repeat(Math.round(share * width)).padEnd(width, ".")}] ` : "";
    const detail = p.total > 1 ? ` ${rate.toFixed(rate < 10 ? 1 : 0)}/s ETA ${formatSeconds(eta)}` : "";
    return `${p.phase.padEnd(8)} ${bar}${p.done}/${p.total}${detail}`;
  };
  const clear = (): void => {
    if (tty && barShown) stream.write("\r\x1b[2K");
    barShown = false;
  };

  return {
    onProgress(progress) {
      if (progress.phase !== phase) {
        phase = progress.phase;
        phaseStarted = Date.now();
      }
      last = progress;
      const now = Date.now();
      if (tty) {
        if (now - lastDraw < BAR_INTERVAL_MS && progress.done !== progress.total) return;
        lastDraw = now;
        stream.write(`\r\x1b[2K${line(progress)}`);
        barShown = true;
      } else if (
        now - started >= PLAIN_DELAY_MS &&
        now - lastDraw >= PLAIN_INTERVAL_MS &&
        // A rate needs some of the phase behind it.
        (progress.done === progress.total || now - phaseStarted >= 1000)
      ) {
        lastDraw = now;
        stream.write(`${line(progress)}\n`);
      }
    },
    clear,
    log(message) {
      clear();
      stream.write(`${message}\n`);
      if (tty && last) {
        stream.write(line(last));
        barShown = true;
      }
    },
  };
}
