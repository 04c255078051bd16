// Captures what a command writes to stdout and stderr during each test (reset before every test, restored after).
import { afterEach, beforeEach, vi } from "vitest";

export interface CapturedOutput {
  stdout: string;
  stderr: string;
}

export function captureOutput(): CapturedOutput {
  const out: CapturedOutput = { stdout: "", stderr: "" };
  beforeEach(() => {
    out.stdout = "";
    out.stderr = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out.stdout += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      out.stderr += String(chunk);
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());
  return out;
}
